package com.huike.crm.calendar;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.huike.crm.calendar.domain.CalendarDayKind;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The working days of the business, as the administrator keeps them in the calendar: what
 * other features use to count working days. See {@link WorkCalendar} for the exact
 * conventions of the arithmetic.
 * <p>
 * A year is read once and kept for a minute (so that an edit made on another application
 * instance applies within a minute; edits made here apply at once). A year not yet in the
 * database is seeded from {@link StatutoryHolidays} on first use.
 */
@Service
public class WorkingDays {

	private static final long CACHE_NANOS = 60_000_000_000L;

	private final JdbcTemplate jdbc;

	private final CalendarSeeder seeder;

	private final Map<Integer, CachedYear> years = new ConcurrentHashMap<>();

	private final WorkCalendar calendar = new WorkCalendar(this::exceptionsOf);

	WorkingDays(JdbcTemplate jdbc, CalendarSeeder seeder) {
		this.jdbc = jdbc;
		this.seeder = seeder;
	}

	public boolean isWorkingDay(LocalDate date) {
		return calendar.isWorkingDay(date);
	}

	/** The n-th working day after {@code date} (backwards for negative n). */
	public LocalDate addWorkingDays(LocalDate date, int n) {
		return calendar.addWorkingDays(date, n);
	}

	/** Working days after {@code a} up to and including {@code b}. */
	public int workingDaysBetween(LocalDate a, LocalDate b) {
		return calendar.workingDaysBetween(a, b);
	}

	/** The latest working day on or before the date, at most {@code maxDaysBack} back. */
	public LocalDate workingDayOnOrBefore(LocalDate date, int maxDaysBack) {
		return calendar.workingDayOnOrBefore(date, maxDaysBack);
	}

	/**
	 * Forgets a year after an edit, so that the next question reads it again: now, and
	 * once more when the editing transaction commits (a reader in between may have cached
	 * the old days).
	 */
	void evict(int year) {
		years.remove(year);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					years.remove(year);
				}
			});
		}
	}

	private Map<LocalDate, CalendarDayKind> exceptionsOf(int year) {
		long now = System.nanoTime();
		CachedYear cached = years.get(year);
		if (cached != null && now - cached.loadedAt() < CACHE_NANOS) {
			return cached.days();
		}
		seeder.ensureSeeded(year);
		Map<LocalDate, CalendarDayKind> days = new HashMap<>();
		jdbc.query("select day, kind from work_calendar_day where day between ? and ?", rs -> {
			days.put(rs.getObject("day", LocalDate.class), CalendarDayKind.valueOf(rs.getString("kind")));
		}, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
		Map<LocalDate, CalendarDayKind> copy = Map.copyOf(days);
		years.put(year, new CachedYear(copy, now));
		return copy;
	}

	private record CachedYear(Map<LocalDate, CalendarDayKind> days, long loadedAt) {
	}

}
