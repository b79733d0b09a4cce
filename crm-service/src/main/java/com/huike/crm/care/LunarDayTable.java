package com.huike.crm.care;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.huike.crm.calendar.LunarCalendar;
import com.huike.crm.calendar.LunarDate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the {@code lunar_day} table filled: every solar day of 1901–2099 with its solar
 * and lunar keys, so that the reminder run finds lunar birthdays with a join. Filled in a
 * transaction of its own (committed whatever becomes of the caller's), by whichever
 * instance gets there first.
 */
@Component
class LunarDayTable {

	static final LocalDate FIRST = LocalDate.of(LunarCalendar.FIRST_YEAR, 1, 1);

	static final LocalDate LAST = LocalDate.of(LunarCalendar.LAST_YEAR, 12, 31);

	private static final int CHUNK = 10_000;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate newTransaction;

	// a full table stays full, so this memo per application instance cannot go stale
	private volatile boolean filled;

	LunarDayTable(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	void ensureFilled() {
		if (filled) {
			return;
		}
		long expected = LAST.toEpochDay() - FIRST.toEpochDay() + 1;
		newTransaction.executeWithoutResult(status -> {
			Long count = jdbc.queryForObject("select count(*) from lunar_day", Long.class);
			if (count == null || count < expected) {
				fill();
			}
		});
		filled = true;
	}

	private void fill() {
		List<LocalDate> days = new ArrayList<>(CHUNK);
		for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
			days.add(day);
			if (days.size() == CHUNK) {
				insert(days);
				days.clear();
			}
		}
		if (!days.isEmpty()) {
			insert(days);
		}
	}

	private void insert(List<LocalDate> days) {
		int n = days.size();
		String[] iso = new String[n];
		String[] solarKey = new String[n];
		String[] lunarKey = new String[n];
		Integer[] year = new Integer[n];
		Integer[] month = new Integer[n];
		Integer[] day = new Integer[n];
		Boolean[] leap = new Boolean[n];
		for (int i = 0; i < n; i++) {
			LocalDate solar = days.get(i);
			LunarDate lunar = LunarCalendar.lunarOf(solar);
			iso[i] = solar.toString();
			solarKey[i] = CareOccasions.solarKey(solar);
			lunarKey[i] = lunar.key();
			year[i] = lunar.year();
			month[i] = lunar.month();
			day[i] = lunar.day();
			leap[i] = lunar.leap();
		}
		jdbc.update("insert into lunar_day (solar_date, iso, solar_key, lunar_key, lunar_year, lunar_month,"
				+ " lunar_day, lunar_leap) select cast(d.iso as date), d.iso, d.sk, d.lk, d.y, d.m, d.d, d.l"
				+ " from unnest(cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as int[]),"
				+ " cast(? as int[]), cast(? as int[]), cast(? as boolean[])) as d(iso, sk, lk, y, m, d, l)"
				+ " on conflict do nothing", iso, solarKey, lunarKey, year, month, day, leap);
	}

}
