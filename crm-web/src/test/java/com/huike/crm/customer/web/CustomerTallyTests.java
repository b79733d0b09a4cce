package com.huike.crm.customer.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.huike.crm.WebIntegrationTest;
import com.huike.crm.customer.CustomerFigures;
import com.huike.crm.customer.CustomerTally;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The archives' counts per manager (V103's {@code customer_tally}, kept by the triggers
 * of {@code customer}) are the customers' own, after inserts, updates and deletes of one
 * row and of many, and after compaction; in a transaction rolled back, so that the demo's
 * archives stay as they were.
 */
class CustomerTallyTests extends WebIntegrationTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CustomerTally tally;

	@Autowired
	CustomerFigures figures;

	@Autowired
	PlatformTransactionManager transactions;

	/** Per manager, dimension and value: customers and completeness, counted now. */
	Map<String, String> live() {
		return keyed(
				"""
						select c.owner_id, d.dimension, d.value, count(*) as n, sum(c.completeness) as s
						  from customer c
						 cross join lateral customer_tally_of(c.owner_id, c.grade, c.deal_status, c.classification, c.updated_at) d
						 group by 1, 2, 3""");
	}

	/** The same, added up from the tally. */
	Map<String, String> tallied() {
		return keyed("""
				select owner_id, dimension, value, sum(customers) as n, sum(completeness) as s from customer_tally
				 group by 1, 2, 3 having sum(customers) <> 0 or sum(completeness) <> 0""");
	}

	Map<String, String> keyed(String sql) {
		Map<String, String> rows = new TreeMap<>();
		jdbc.query(sql, (java.sql.ResultSet rs) -> {
			rows.put(rs.getLong(1) + "/" + rs.getString(2) + "/" + rs.getString(3),
					rs.getLong(4) + "/" + rs.getLong(5));
		});
		return rows;
	}

	Long owner(String username) {
		return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
	}

	@Test
	void theTallyIsTheCustomersCountsAfterEveryKindOfChangeAndAfterCompaction() {
		assertThat(tallied()).as("the demo's archives").isEqualTo(live());
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			Long manager1 = owner("manager1");
			Long manager2 = owner("manager2");
			// one row, then many in one statement
			jdbc.update("""
					insert into customer (code, name, owner_id, grade, deal_status, classification, completeness)
					values ('TALLY-1', '统计甲', ?, 'A', 'DEAL', ' 大户 ', 40)""", manager1);
			jdbc.update("""
					insert into customer (code, name, owner_id, grade, completeness)
					select 'TALLY-' || (n + 1), '统计' || n, ?, 'E', n from generate_series(1, 30) n""", manager2);
			assertThat(tallied()).as("after inserts").isEqualTo(live());
			// a grade and a completeness changed; the owner changed (转交) for many; a
			// change
			// of an uncounted column; an archive unchanged for 200 days
			jdbc.update("update customer set grade = 'B', completeness = completeness + 7 where code = 'TALLY-1'");
			int moved = jdbc.update("update customer set owner_id = ?, classification = null where code like 'TALLY-%'"
					+ " and owner_id = ?", manager1, manager2);
			assertThat(moved).isEqualTo(30);
			long before = tally.rows();
			jdbc.update("update customer set name = name || '改' where code like 'TALLY-%'");
			assertThat(tally.rows()).as("a change of no counted column adds no row").isEqualTo(before);
			jdbc.update("update customer set updated_at = now() - interval '200 days' where code = 'TALLY-2'");
			assertThat(tallied()).as("after updates").isEqualTo(live());
			jdbc.update("delete from customer where code in ('TALLY-3', 'TALLY-4')");
			assertThat(tallied()).as("after a delete").isEqualTo(live());

			Map<String, String> counted = live();
			assertThat(tally.compact()).isPositive();
			assertThat(tallied()).as("after compaction").isEqualTo(counted);
			assertThat(tally.rows()).as("one row per key").isEqualTo(counted.size());
			assertThat(tally.compact()).as("nothing left to compact").isZero();

			// the dashboard's figures read from it
			java.time.Instant staleBefore = java.time.Instant.now().minus(java.time.Duration.ofDays(180));
			CustomerFigures.ArchiveQuality quality = figures.qualityByOwner(List.of(manager1), staleBefore).get(0);
			assertThat(quality.customers()).isEqualTo(
					jdbc.queryForObject("select count(*) from customer where owner_id = ?", Long.class, manager1));
			assertThat(quality.averageCompleteness()).isEqualByComparingTo(
					jdbc.queryForObject("select round(avg(completeness), 1) from customer where owner_id = ?",
							java.math.BigDecimal.class, manager1));
			assertThat(quality.stale()).as("unchanged since a day before the threshold's")
				.isPositive()
				.isEqualTo(jdbc.queryForObject("select count(*) from customer where owner_id = ?"
						+ " and (updated_at at time zone 'UTC')::date < (?::timestamptz at time zone 'UTC')::date",
						Long.class, manager1, java.sql.Timestamp.from(staleBefore)));
			assertThat(figures.byClassification(List.of(manager1))).extracting(c -> c.value() + "=" + c.count())
				.contains("大户=1");
			status.setRollbackOnly();
		});
		assertThat(tallied()).as("rolled back").isEqualTo(live());
	}

}
