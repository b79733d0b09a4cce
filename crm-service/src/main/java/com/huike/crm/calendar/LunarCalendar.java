package com.huike.crm.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.nlf.calendar.LunarMonth;
import com.nlf.calendar.LunarYear;
import com.nlf.calendar.Solar;

/**
 * Lunar dates and lunar anniversaries, on top of cn.6tail:lunar (its month tables; the
 * conversions of single days in that library are slow, so months are cached here).
 * <p>
 * How a lunar birthday (or anniversary) is kept in a given lunar year — the common
 * custom:
 * <ul>
 * <li>born in a leap month: kept in that leap month when the year has the same leap
 * month, otherwise in the ordinary month of the same number;</li>
 * <li>born on the 30th: kept on the last day of the month when the month has only 29
 * days;</li>
 * <li>the lunar year starts in January or February, so the birthdays of the 11th and 12th
 * lunar months of lunar year Y fall in solar year Y + 1.</li>
 * </ul>
 */
public final class LunarCalendar {

	/** The years whose lunar months this class serves. */
	public static final int FIRST_YEAR = 1901;

	public static final int LAST_YEAR = 2099;

	// computed from the arithmetic alone: the same on every application instance
	private static final Map<Integer, List<Month>> MONTHS = new ConcurrentHashMap<>();

	private LunarCalendar() {
	}

	/** The lunar date of a solar date. */
	public static LunarDate lunarOf(LocalDate solar) {
		int year = solar.getYear();
		List<Month> months = monthsOf(year);
		if (solar.isBefore(months.get(0).first())) {
			months = monthsOf(year - 1);
		}
		for (Month m : months) {
			if (!solar.isBefore(m.first()) && solar.isBefore(m.first().plusDays(m.days()))) {
				return new LunarDate(m.year(), m.month(), (int) (solar.toEpochDay() - m.first().toEpochDay()) + 1,
						m.leap());
			}
		}
		throw new IllegalArgumentException("no lunar date for " + solar);
	}

	/** The solar date of an exact lunar date; fails when the year has no such day. */
	public static LocalDate solarOf(int lunarYear, int month, boolean leap, int day) {
		Month m = month(lunarYear, month, leap);
		if (m == null || day < 1 || day > m.days()) {
			throw new IllegalArgumentException(
					"lunar year " + lunarYear + " has no " + (leap ? "leap " : "") + "month " + month + " day " + day);
		}
		return m.first().plusDays(day - 1L);
	}

	/** The leap month of a lunar year, or 0 when it has none. */
	public static int leapMonthOf(int lunarYear) {
		return monthsOf(lunarYear).stream().filter(Month::leap).mapToInt(Month::month).findFirst().orElse(0);
	}

	/** The number of days (29 or 30) of a lunar month. */
	public static int daysIn(int lunarYear, int month, boolean leap) {
		Month m = month(lunarYear, month, leap);
		if (m == null) {
			throw new IllegalArgumentException("lunar year " + lunarYear + " has no leap month " + month);
		}
		return m.days();
	}

	/**
	 * The solar date on which a lunar birthday (given by its lunar date of birth) is kept
	 * in a lunar year, by the custom described on the class.
	 */
	public static LocalDate anniversary(LunarDate birth, int lunarYear) {
		boolean leap = birth.leap() && leapMonthOf(lunarYear) == birth.month();
		int day = Math.min(birth.day(), daysIn(lunarYear, birth.month(), leap));
		return solarOf(lunarYear, birth.month(), leap, day);
	}

	/** The days in [from, to] on which a lunar birthday is kept, in order. */
	public static List<LocalDate> anniversariesBetween(LunarDate birth, LocalDate from, LocalDate to) {
		List<LocalDate> days = new ArrayList<>();
		for (int year = from.getYear() - 1; year <= to.getYear(); year++) {
			if (year < FIRST_YEAR || year > LAST_YEAR) {
				continue;
			}
			LocalDate day = anniversary(birth, year);
			if (!day.isBefore(from) && !day.isAfter(to)) {
				days.add(day);
			}
		}
		return days;
	}

	/**
	 * The lunar birth dates (month, day, leap; the year does not matter) whose birthday
	 * is kept on the given solar day — the inverse of {@link #anniversary}.
	 */
	public static List<LunarDate> birthdaysKeptOn(LocalDate solar) {
		LunarDate today = lunarOf(solar);
		List<LunarDate> births = new ArrayList<>();
		int lastDay = daysIn(today.year(), today.month(), today.leap());
		for (int day = today.day(); day <= ((today.day() == lastDay) ? 30 : today.day()); day++) {
			for (boolean leap : new boolean[] { false, true }) {
				LunarDate birth = new LunarDate(1, today.month(), day, leap);
				if (anniversary(birth, today.year()).equals(solar)) {
					births.add(birth);
				}
			}
		}
		return births;
	}

	private static Month month(int lunarYear, int month, boolean leap) {
		for (Month m : monthsOf(lunarYear)) {
			if (m.month() == month && m.leap() == leap) {
				return m;
			}
		}
		return null;
	}

	private static List<Month> monthsOf(int lunarYear) {
		if (lunarYear < FIRST_YEAR - 1 || lunarYear > LAST_YEAR + 1) {
			throw new IllegalArgumentException("lunar year out of range: " + lunarYear);
		}
		return MONTHS.computeIfAbsent(lunarYear, LunarCalendar::loadMonths);
	}

	private static List<Month> loadMonths(int lunarYear) {
		List<Month> months = new ArrayList<>();
		for (LunarMonth m : LunarYear.fromYear(lunarYear).getMonths()) {
			if (m.getYear() != lunarYear) {
				continue;
			}
			Solar first = Solar.fromJulianDay(m.getFirstJulianDay());
			months.add(new Month(lunarYear, Math.abs(m.getMonth()), m.isLeap(),
					LocalDate.of(first.getYear(), first.getMonth(), first.getDay()), m.getDayCount()));
		}
		return List.copyOf(months);
	}

	private record Month(int year, int month, boolean leap, LocalDate first, int days) {
	}

}
