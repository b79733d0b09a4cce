package com.huike.crm.customer;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
import com.huike.crm.shared.demo.DemoRows;

import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
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
		DemoRows.insert(jdbc, "insert into customer_transaction (customer_id, transaction_date, product, model,"
				+ " colour_style, quantity, unit_price, amount, note, created_at, created_by, updated_at, updated_by)"
				+ " values", transactions, row -> {
					Transaction t = row.entry();
					return row.typedIn(t.createdAt(), t.date(), t.product().name(), t.product().model(),
							t.product().pack(), BigDecimal.valueOf(t.quantity()), t.product().wholesalePrice(),
							t.amount(), t.note());
				});
		DemoRows.insert(jdbc, "insert into customer_adjustment (customer_id, adjustment_date, kind, product, quantity,"
				+ " amount, reason, responsibility, responsibility_note, created_at, created_by, updated_at, updated_by)"
				+ " values", adjustments, row -> {
					Adjustment a = row.entry();
					return row.typedIn(a.createdAt(), a.date(), a.kind().name(), a.product(),
							(a.quantity() != null) ? BigDecimal.valueOf(a.quantity()) : null, a.amount(), a.reason(),
							a.responsibility().name(), a.responsibilityNote());
				});
		DemoRows.insert(jdbc, "insert into customer_report (customer_id, report_date, kind, title, content,"
				+ " author_id, created_at, updated_at, updated_by) values", reports, row -> {
					Report r = row.entry();
					return new Object[] { row.customer(), r.date(), r.kind().name(), r.title(), r.content(),
							row.owner(), DemoRows.at(r.createdAt()), DemoRows.at(r.createdAt()), row.owner() };
				});
		DemoRows.insert(jdbc,
				"insert into customer_credit (customer_id, credit_rating, credit_limit, payment_method,"
						+ " payment_term_days, financial_records, bank_notes, updated_at, updated_by) values",
				credits, row -> {
					Credit c = row.entry();
					return new Object[] { row.customer(), c.rating().name(), c.limit(), c.method().name(), c.termDays(),
							c.financialRecords(), c.bankNotes(), DemoRows.at(c.updatedAt()), row.owner() };
				});
		DemoRows.insert(jdbc, "insert into customer_change (customer_id, changed_at, changed_by, section, field,"
				+ " old_value, new_value, sensitive) values", edits, row -> {
					Edit e = row.entry();
					return new Object[] { row.customer(), DemoRows.at(e.at()), row.owner(), e.section(), e.field(),
							e.oldValue(), e.newValue(), false };
				});
		// the archive's freshness: its latest entry or follow-up (the follow-ups were
		// applied a moment ago)
		jdbc.batchUpdate(
				"update customer set updated_at = greatest(coalesce(last_follow_up_at, created_at), ?),"
						+ " updated_by = owner_id, version = version + 1 where id = ?",
				archives, BATCH, (ps, archive) -> {
					ps.setObject(1, DemoRows.at(archive.lastChange().orElse(null)), Types.TIMESTAMP_WITH_TIMEZONE);
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

	private static <T> List<Keyed<T>> rows(List<Archive> archives, Function<Archive, List<T>> part) {
		List<Keyed<T>> rows = new ArrayList<>();
		archives.forEach(a -> part.apply(a)
			.forEach(entry -> rows.add(new Keyed<>(a.subject().key(), a.subject().ownerId(), entry))));
		return rows;
	}

	/** An entry of a part with its customer and the customer's manager. */
	private record Keyed<T>(long customer, long owner, T entry) {

		/**
		 * The customer, the given values, and who typed the entry in when: created at and
		 * by, updated at and by.
		 */
		Object[] typedIn(Instant at, Object... values) {
			Object[] row = new Object[values.length + 5];
			row[0] = customer;
			System.arraycopy(values, 0, row, 1, values.length);
			row[values.length + 1] = DemoRows.at(at);
			row[values.length + 2] = owner;
			row[values.length + 3] = DemoRows.at(at);
			row[values.length + 4] = owner;
			return row;
		}

	}

}
