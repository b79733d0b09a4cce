package com.huike.crm.care;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import com.huike.crm.calendar.LunarCalendar;
import com.huike.crm.calendar.LunarDate;
import com.huike.crm.care.domain.CareTaskKind;

/**
 * Which occasions fall on which days: the keys the reminder run matches birth dates
 * against, the dates of the greeted holidays, and when a reminder falls due.
 */
public final class CareOccasions {

	/** How far a due date may move back to reach a working day. */
	static final int MAX_DAYS_BACK_TO_WORKING_DAY = 7;

	private CareOccasions() {
	}

	/**
	 * The solar key of a day ("S03-08"): a solar birthday with this month and day is kept
	 * on it.
	 */
	public static String solarKey(LocalDate day) {
		return String.format("S%02d-%02d", day.getMonthValue(), day.getDayOfMonth());
	}

	/**
	 * For every day from {@code from} to {@code to}, the keys of the birth dates whose
	 * birthday (or anniversary) is kept on that day: the solar month and day (29 February
	 * is kept on 28 February in common years) and the lunar ones (see
	 * {@link LunarCalendar#birthdaysKeptOn}).
	 */
	public static List<Occasion> personalOccasions(LocalDate from, LocalDate to) {
		List<Occasion> occasions = new ArrayList<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			occasions.add(new Occasion(solarKey(day), day));
			if (day.getMonthValue() == 2 && day.getDayOfMonth() == 28 && !day.isLeapYear()) {
				occasions.add(new Occasion("S02-29", day));
			}
			if (day.getYear() >= LunarCalendar.FIRST_YEAR && day.getYear() <= LunarCalendar.LAST_YEAR) {
				for (LunarDate birth : LunarCalendar.birthdaysKeptOn(day)) {
					occasions.add(new Occasion(birth.key(), day));
				}
			}
		}
		return occasions;
	}

	/** The solar date of a greeted holiday in a year; lunar festivals are computed. */
	public static LocalDate holidayDate(CareTaskKind holiday, int year) {
		return switch (holiday) {
			case NEW_YEAR -> LocalDate.of(year, 1, 1);
			case VALENTINES_DAY -> LocalDate.of(year, 2, 14);
			case SPRING_FESTIVAL -> LunarCalendar.solarOf(year, 1, false, 1);
			case LANTERN_FESTIVAL -> LunarCalendar.solarOf(year, 1, false, 15);
			case LABOUR_DAY -> LocalDate.of(year, 5, 1);
			case DRAGON_BOAT_FESTIVAL -> LunarCalendar.solarOf(year, 5, false, 5);
			case MID_AUTUMN -> LunarCalendar.solarOf(year, 8, false, 15);
			case DOUBLE_NINTH_FESTIVAL -> LunarCalendar.solarOf(year, 9, false, 9);
			case NATIONAL_DAY -> LocalDate.of(year, 10, 1);
			default -> throw new IllegalArgumentException(holiday + " is not a holiday");
		};
	}

	/** The greeted holidays from {@code from} to {@code to}, by date. */
	public static List<Greeting> holidays(LocalDate from, LocalDate to, Set<CareTaskKind> kinds) {
		List<Greeting> greetings = new ArrayList<>();
		for (int year = from.getYear(); year <= to.getYear(); year++) {
			for (CareTaskKind kind : CareTaskKind.values()) {
				if (!kinds.contains(kind) || !kind.isHolidayGreeting()) {
					continue;
				}
				LocalDate day = holidayDate(kind, year);
				if (!day.isBefore(from) && !day.isAfter(to)) {
					greetings.add(new Greeting(kind, day));
				}
			}
		}
		greetings.sort(java.util.Comparator.comparing(Greeting::day).thenComparing(Greeting::kind));
		return greetings;
	}

	/**
	 * When the reminder of an occasion falls due: {@code leadDays} before it, moved back
	 * to the latest working day (a greeting is prepared at work; a birthday on a Monday
	 * with 2 days' lead falls due on the Friday before). If no working day is within a
	 * week, the plain date is kept.
	 */
	public static LocalDate dueDate(LocalDate occasion, int leadDays, Predicate<LocalDate> workingDay) {
		LocalDate due = occasion.minusDays(leadDays);
		for (int back = 0; back <= MAX_DAYS_BACK_TO_WORKING_DAY; back++) {
			LocalDate day = due.minusDays(back);
			if (workingDay.test(day)) {
				return day;
			}
		}
		return due;
	}

	/** A key of birth dates and the day their occasion is kept. */
	public record Occasion(String key, LocalDate day) {
	}

	/** A greeted holiday and its date. */
	public record Greeting(CareTaskKind kind, LocalDate day) {
	}

}
