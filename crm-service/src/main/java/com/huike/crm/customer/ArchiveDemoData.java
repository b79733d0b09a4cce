package com.huike.crm.customer;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.huike.crm.customer.ArchiveHistory.Adjustment;
import com.huike.crm.customer.ArchiveHistory.Archive;
import com.huike.crm.customer.ArchiveHistory.Credit;
import com.huike.crm.customer.ArchiveHistory.Edit;
import com.huike.crm.customer.ArchiveHistory.Report;
import com.huike.crm.customer.ArchiveHistory.Subject;
import com.huike.crm.customer.ArchiveHistory.Transaction;
import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.shared.demo.DemoContribution;

import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo customers' archive parts — transactions, returns and discounts, visit and
 * survey reports, credit records — and the archive's history of profile and credit edits
 * ({@link ArchiveHistory}), written in bulk after the follow-ups. Each archive's last
 * change (its freshness) becomes the latest of its own entries and its last follow-up.
 * Entries are written as they would be after being typed in, without the history lines
 * the parts' pages add for each one (thousands of them would bury the profile's edits).
 */
@Component
@Profile("demo")
@Order(20)
class ArchiveDemoData implements DemoContribution {

	private static final int BATCH = 1000;

	private final IdentityService identity;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ArchiveDemoData(IdentityService identity, JdbcTemplate jdbc, Clock clock) {
		this.identity = identity;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Optional<String> contribute(LocalDate today) {
		if (Boolean.TRUE.equals(jdbc.queryForObject(
				"select exists (select 1 from customer_transaction)"
						+ " or exists (select 1 from customer_report) or exists (select 1 from customer_credit)",
				Boolean.class))) {
			return Optional.empty();
		}
		List<Archive> archives = new ArchiveHistory(today, clock.getZone()).archives(subjects());
		List<Keyed<Transaction>> transactions = rows(archives, Archive::transactions);
		List<Keyed<Adjustment>> adjustments = rows(archives, Archive::adjustments);
		List<Keyed<Report>> reports = rows(archives, Archive::reports);
		List<Keyed<Credit>> credits = rows(archives, a -> a.credit().stream().toList());
		List<Keyed<Edit>> edits = rows(archives, Archive::edits);
		insert("insert into customer_transaction (customer_id, transaction_date, product, model, colour_style, quantity,"
				+ " unit_price, amount, note, created_at, created_by, updated_at, updated_by)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", transactions, (ps, row) -> {
					Transaction t = row.entry();
					ps.setLong(1, row.customer());
					ps.setObject(2, t.date());
					ps.setString(3, t.product().name());
					ps.setString(4, t.product().model());
					ps.setString(5, t.product().pack());
					ps.setBigDecimal(6, BigDecimal.valueOf(t.quantity()));
					ps.setBigDecimal(7, t.product().wholesalePrice());
					ps.setBigDecimal(8, t.amount());
					ps.setString(9, t.note());
					created(ps, 10, t.createdAt(), row.owner());
				});
		insert("insert into customer_adjustment (customer_id, adjustment_date, kind, product, quantity, amount, reason,"
				+ " responsibility, responsibility_note, created_at, created_by, updated_at, updated_by)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", adjustments, (ps, row) -> {
					Adjustment a = row.entry();
					ps.setLong(1, row.customer());
					ps.setObject(2, a.date());
					ps.setString(3, a.kind().name());
					ps.setString(4, a.product());
					if (a.quantity() != null) {
						ps.setBigDecimal(5, BigDecimal.valueOf(a.quantity()));
					}
					else {
						ps.setNull(5, Types.NUMERIC);
					}
					ps.setBigDecimal(6, a.amount());
					ps.setString(7, a.reason());
					ps.setString(8, a.responsibility().name());
					ps.setString(9, a.responsibilityNote());
					created(ps, 10, a.createdAt(), row.owner());
				});
		insert("insert into customer_report (customer_id, report_date, kind, author_id, title, content, created_at,"
				+ " updated_at, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", reports, (ps, row) -> {
					Report r = row.entry();
					ps.setLong(1, row.customer());
					ps.setObject(2, r.date());
					ps.setString(3, r.kind().name());
					ps.setLong(4, row.owner());
					ps.setString(5, r.title());
					ps.setString(6, r.content());
					ps.setObject(7, utc(r.createdAt()));
					ps.setObject(8, utc(r.createdAt()));
					ps.setLong(9, row.owner());
				});
		insert("insert into customer_credit (customer_id, credit_rating, credit_limit, payment_method, payment_term_days,"
				+ " financial_records, bank_notes, updated_at, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", credits,
				(ps, row) -> {
					Credit c = row.entry();
					ps.setLong(1, row.customer());
					ps.setString(2, c.rating().name());
					ps.setBigDecimal(3, c.limit());
					ps.setString(4, c.method().name());
					if (c.termDays() != null) {
						ps.setInt(5, c.termDays());
					}
					else {
						ps.setNull(5, Types.INTEGER);
					}
					ps.setString(6, c.financialRecords());
					ps.setString(7, c.bankNotes());
					ps.setObject(8, utc(c.updatedAt()));
					ps.setLong(9, row.owner());
				});
		insert("insert into customer_change (customer_id, changed_at, changed_by, section, field, old_value, new_value,"
				+ " sensitive) values (?, ?, ?, ?, ?, ?, ?, false)", edits, (ps, row) -> {
					Edit e = row.entry();
					ps.setLong(1, row.customer());
					ps.setObject(2, utc(e.at()));
					ps.setLong(3, row.owner());
					ps.setString(4, e.section());
					ps.setString(5, e.field());
					ps.setString(6, e.oldValue());
					ps.setString(7, e.newValue());
				});
		// the archive's freshness: its latest entry or follow-up (the follow-ups were
		// applied a moment ago)
		jdbc.batchUpdate(
				"update customer set updated_at = greatest(coalesce(last_follow_up_at, created_at), ?),"
						+ " updated_by = owner_id, version = version + 1 where id = ?",
				archives, BATCH, (ps, archive) -> {
					Instant last = archive.lastChange().orElse(null);
					ps.setObject(1, (last != null) ? utc(last) : null, Types.TIMESTAMP_WITH_TIMEZONE);
					ps.setLong(2, archive.subject().key());
				});
		return Optional.of(transactions.size() + " transactions, " + adjustments.size() + " returns and discounts, "
				+ reports.size() + " reports, " + credits.size() + " credit records, " + edits.size()
				+ " history lines of " + archives.size() + " archives");
	}

	/** The demo managers' customers, with the answers the history may show edited. */
	private List<Subject> subjects() {
		List<String> keys = ArchiveHistory.editableKeys();
		String answers = keys.stream().map(k -> switch (k) {
			case "mobilePhone" -> "mobile_phone";
			case "classification" -> "classification";
			default -> "profile ->> '" + k + "'";
		}).collect(Collectors.joining(", "));
		List<Subject> subjects = new ArrayList<>();
		for (String manager : MANAGERS) {
			subjects.addAll(jdbc.query("select id, owner_id, grade, deal_status, classification, created_at, " + answers
					+ " from customer where owner_id = ? order by id limit ?", (rs, i) -> {
						Map<String, String> current = new LinkedHashMap<>();
						for (int k = 0; k < keys.size(); k++) {
							current.put(keys.get(k), rs.getString(7 + k));
						}
						return new Subject(rs.getLong("id"), rs.getLong("owner_id"),
								Grade.valueOf(rs.getString("grade").strip()),
								DealStatus.valueOf(rs.getString("deal_status")), rs.getString("classification"),
								rs.getTimestamp("created_at").toInstant(), current);
					}, identity.userIdOf(manager).orElseThrow(), BOOK_LIMIT));
		}
		return subjects;
	}

	private <T> void insert(String sql, List<Keyed<T>> rows, ParameterizedPreparedStatementSetter<Keyed<T>> setter) {
		jdbc.batchUpdate(sql, rows, BATCH, setter);
	}

	private static <T> List<Keyed<T>> rows(List<Archive> archives, Function<Archive, List<T>> part) {
		List<Keyed<T>> rows = new ArrayList<>();
		archives.forEach(a -> part.apply(a)
			.forEach(entry -> rows.add(new Keyed<>(a.subject().key(), a.subject().ownerId(), entry))));
		return rows;
	}

	/**
	 * created_at, created_by, updated_at, updated_by of an entry typed in by its manager.
	 */
	private static void created(PreparedStatement ps, int first, Instant at, long by) throws SQLException {
		ps.setObject(first, utc(at));
		ps.setLong(first + 1, by);
		ps.setObject(first + 2, utc(at));
		ps.setLong(first + 3, by);
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** An entry of a part with its customer and the customer's manager. */
	private record Keyed<T>(long customer, long owner, T entry) {
	}

}
