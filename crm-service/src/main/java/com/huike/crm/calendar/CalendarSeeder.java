package com.huike.crm.calendar;

import java.sql.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills a year of the calendar with its statutory days the first time the year is needed.
 * It runs in its own transaction, so that even a read-only use case can trigger it, and
 * is safe when two instances do it at once (the year row is claimed with
 * {@code on conflict do nothing}; only the instance that claimed it inserts the days).
 */
@Component
class CalendarSeeder {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate newTransaction;

	// years seen claimed in the database: a claim is never undone, so this copy per
	// application instance cannot go stale
	private final Set<Integer> seeded = ConcurrentHashMap.newKeySet();

	CalendarSeeder(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	void ensureSeeded(int year) {
		if (seeded.contains(year)) {
			return;
		}
		newTransaction.executeWithoutResult(status -> {
			int claimed = jdbc.update("insert into work_calendar_year (year) values (?) on conflict do nothing", year);
			if (claimed == 1) {
				insert(StatutoryHolidays.of(year));
			}
		});
		seeded.add(year);
	}

	/** Replaces a year's entries by its statutory days (the administrator's "reset"). */
	void reseed(int year) {
		jdbc.update("insert into work_calendar_year (year) values (?) on conflict do nothing", year);
		jdbc.update("delete from work_calendar_day where day between make_date(?, 1, 1) and make_date(?, 12, 31)", year,
				year);
		insert(StatutoryHolidays.of(year));
		seeded.add(year);
	}

	private void insert(List<StatutoryDay> days) {
		jdbc.batchUpdate("insert into work_calendar_day (day, kind, name, source) values (?, ?, ?, 'STATUTORY')"
				+ " on conflict (day) do nothing", days, 100, (ps, day) -> {
					ps.setDate(1, Date.valueOf(day.day()));
					ps.setString(2, day.kind().name());
					ps.setString(3, day.name());
				});
	}

}
