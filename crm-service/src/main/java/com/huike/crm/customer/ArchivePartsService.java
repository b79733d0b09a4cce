package com.huike.crm.customer;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.huike.crm.customer.domain.AdjustmentKind;
import com.huike.crm.customer.domain.AdjustmentTotals;
import com.huike.crm.customer.domain.CreditRating;
import com.huike.crm.customer.domain.PartTotals;
import com.huike.crm.customer.domain.PaymentMethod;
import com.huike.crm.identity.Viewer;
import com.huike.crm.identity.Viewer.CustomerAccess;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The four archive parts together: the summary the detail page shows, read in one
 * statement (the detail page is a hot page).
 */
@Service
@Transactional(readOnly = true)
public class ArchivePartsService {

	private static final String KIND_COLUMNS;

	static {
		StringBuilder columns = new StringBuilder();
		for (AdjustmentKind kind : AdjustmentKind.values()) {
			String k = kind.name().toLowerCase(Locale.ROOT);
			columns.append(", count(*) filter (where kind = '")
				.append(kind.name())
				.append("') as ")
				.append(k)
				.append("_count, sum(amount) filter (where kind = '")
				.append(kind.name())
				.append("') as ")
				.append(k)
				.append("_amount");
		}
		KIND_COLUMNS = columns.toString();
	}

	private static final String SUMMARY = """
			select c.owner_id,
			       r.count as report_count, r.latest as report_latest,
			       t.count as transaction_count, t.quantity as transaction_quantity,
			       t.amount as transaction_amount, t.latest as transaction_latest,
			       a.*,
			       cr.credit_rating, cr.credit_limit, cr.payment_method, cr.payment_term_days,
			       cr.version as credit_version
			  from customer c
			 cross join lateral (select count(*) as count, max(report_date) as latest
			                       from customer_report where customer_id = c.id) r
			 cross join lateral (select count(*) as count, sum(quantity) as quantity, sum(amount) as amount,
			                            max(transaction_date) as latest
			                       from customer_transaction where customer_id = c.id) t
			 cross join lateral (select count(*) as adjustment_count, sum(quantity) as adjustment_quantity,
			                            sum(amount) as adjustment_amount, max(adjustment_date) as adjustment_latest
			                            %s
			                       from customer_adjustment where customer_id = c.id) a
			  left join customer_credit cr on cr.customer_id = c.id
			 where c.id = :id
			""".formatted(KIND_COLUMNS);

	private final NamedParameterJdbcTemplate jdbc;

	public ArchivePartsService(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The summary, or empty when the viewer may not read this archive's parts (the call
	 * center sees contact fields only) or the customer does not exist.
	 */
	public Optional<ArchivePartsSummary> summary(Long customerId, Viewer viewer) {
		List<ArchivePartsSummary> rows = jdbc.query(SUMMARY, new MapSqlParameterSource("id", customerId), (rs, i) -> {
			CustomerAccess access = viewer.accessTo(rs.getLong("owner_id"));
			return access.canReadArchive() ? summary(customerId, rs, access) : null;
		});
		return rows.stream().filter(r -> r != null).findFirst();
	}

	private static ArchivePartsSummary summary(Long customerId, ResultSet rs, CustomerAccess access)
			throws SQLException {
		PartTotals reports = new PartTotals(rs.getLong("report_count"), null, null, date(rs, "report_latest"));
		PartTotals transactions = new PartTotals(rs.getLong("transaction_count"),
				rs.getBigDecimal("transaction_quantity"), rs.getBigDecimal("transaction_amount"),
				date(rs, "transaction_latest"));
		PartTotals adjustments = new PartTotals(rs.getLong("adjustment_count"), rs.getBigDecimal("adjustment_quantity"),
				rs.getBigDecimal("adjustment_amount"), date(rs, "adjustment_latest"));
		List<AdjustmentTotals> byKind = new ArrayList<>();
		for (AdjustmentKind kind : AdjustmentKind.values()) {
			String k = kind.name().toLowerCase(Locale.ROOT);
			long count = rs.getLong(k + "_count");
			if (count > 0) {
				byKind.add(new AdjustmentTotals(kind, count, rs.getBigDecimal(k + "_amount")));
			}
		}
		long creditVersion = rs.getLong("credit_version");
		Long version = rs.wasNull() ? null : creditVersion;
		String rating = rs.getString("credit_rating");
		String method = rs.getString("payment_method");
		int term = rs.getInt("payment_term_days");
		Integer termDays = rs.wasNull() ? null : term;
		BigDecimal limit = rs.getBigDecimal("credit_limit");
		CreditDetails credit = new CreditDetails(customerId, (rating != null) ? CreditRating.valueOf(rating) : null,
				limit, (method != null) ? PaymentMethod.valueOf(method) : null, termDays, null, null, null, null,
				version, access.canEdit());
		return new ArchivePartsSummary(customerId, reports, credit, transactions, adjustments, byKind);
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return (date != null) ? date.toLocalDate() : null;
	}

}
