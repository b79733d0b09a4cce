package com.huike.crm.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import com.huike.crm.calendar.domain.CalendarDayKind;

/**
 * Working-day arithmetic over a calendar of exceptions: a day is a working day when it is
 * a make-up workday, or a weekday that is not a holiday. The exceptions come a year at a
 * time from a function (the database via {@link WorkingDays}, or the statutory days in
 * unit tests).
 * <p>
 * Conventions: {@code addWorkingDays(d, n)} is the n-th working day after {@code d}
 * ({@code d} itself does not count; {@code n = 0} gives {@code d}; negative {@code n}
 * counts backwards). {@code workingDaysBetween(a, b)} counts the working days after
 * {@code a} up to and including {@code b}, and is {@code -workingDaysBetween(b, a)} when
 * {@code b} is before {@code a}; so {@code workingDaysBetween(a, addWorkingDays(a, n))}
 * is {@code n} for every {@code n >= 0}, and for negative {@code n} when {@code a} is a
 * working day.
 */
public class WorkCalendar {

	/** Enough for any business rule; protects against endless loops on odd calendars. */
	private static final int MAX_SCAN_DAYS = 366 * 20;

	private final IntFunction<Map<LocalDate, CalendarDayKind>> exceptionsOfYear;

	public WorkCalendar(IntFunction<Map<LocalDate, CalendarDayKind>> exceptionsOfYear) {
		this.exceptionsOfYear = exceptionsOfYear;
	}

	/** A calendar of China's statutory days, without any administrator's edits. */
	public static WorkCalendar statutory() {
		Map<Integer, Map<LocalDate, CalendarDayKind>> cache = new java.util.concurrent.ConcurrentHashMap<>();
		return new WorkCalendar(year -> cache.computeIfAbsent(year, y -> toMap(StatutoryHolidays.of(y))));
	}

	static Map<LocalDate, CalendarDayKind> toMap(List<StatutoryDay> days) {
		Map<LocalDate, CalendarDayKind> map = new HashMap<>();
		days.forEach(d -> map.put(d.day(), d.kind()));
		return map;
	}

	public boolean isWorkingDay(LocalDate date) {
		CalendarDayKind exception = exceptionsOfYear.apply(date.getYear()).get(date);
		if (exception != null) {
			return exception == CalendarDayKind.WORKDAY;
		}
		DayOfWeek dow = date.getDayOfWeek();
		return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
	}

	public LocalDate addWorkingDays(LocalDate date, int n) {
		int step = (n >= 0) ? 1 : -1;
		int remaining = Math.abs(n);
		LocalDate day = date;
		int scanned = 0;
		while (remaining > 0) {
			day = day.plusDays(step);
			if (isWorkingDay(day)) {
				remaining--;
			}
			if (++scanned > MAX_SCAN_DAYS) {
				throw new IllegalStateException("no working days found after " + date);
			}
		}
		return day;
	}

	public int workingDaysBetween(LocalDate a, LocalDate b) {
		if (b.isBefore(a)) {
			return -workingDaysBetween(b, a);
		}
		int count = 0;
		for (LocalDate day = a.plusDays(1); !day.isAfter(b); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

	/**
	 * The latest working day on or before {@code date}, looking back at most
	 * {@code maxDaysBack} days; {@code date} itself when there is none that close.
	 */
	public LocalDate workingDayOnOrBefore(LocalDate date, int maxDaysBack) {
		for (int back = 0; back <= maxDaysBack; back++) {
			LocalDate day = date.minusDays(back);
			if (isWorkingDay(day)) {
				return day;
			}
		}
		return date;
	}

}
