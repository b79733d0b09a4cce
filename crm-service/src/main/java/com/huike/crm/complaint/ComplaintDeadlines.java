package com.huike.crm.complaint;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.function.Predicate;

import com.huike.crm.complaint.domain.DeadlineUnit;

/**
 * A complaint's deadline in working time of the work calendar (weekends, holidays and
 * make-up workdays as the calendar has them), within the working hours of a working day.
 * <ul>
 * <li>{@code n} working hours: the clock runs only within the working hours of working
 * days; a complaint received out of hours starts at the next opening.</li>
 * <li>{@code n} working days: the end of the working hours of the n-th working day after
 * the day received (the day received does not count, so a complaint in the evening is not
 * short of a day).</li>
 * </ul>
 */
public final class ComplaintDeadlines {

	/** Enough for any deadline; protects against a calendar without working days. */
	private static final int MAX_DAYS = 3660;

	private ComplaintDeadlines() {
	}

	public static Instant dueAt(Instant received, int amount, DeadlineUnit unit, LocalTime workStart, LocalTime workEnd,
			ZoneId zone, Predicate<LocalDate> workingDay) {
		if (amount < 1) {
			throw new IllegalArgumentException("amount must be positive");
		}
		LocalDateTime at = LocalDateTime.ofInstant(received, zone);
		if (unit == DeadlineUnit.DAYS) {
			LocalDate day = at.toLocalDate();
			int left = amount;
			int scanned = 0;
			while (left > 0) {
				day = day.plusDays(1);
				if (workingDay.test(day)) {
					left--;
				}
				if (++scanned > MAX_DAYS) {
					throw new IllegalStateException("no working days after " + received);
				}
			}
			return day.atTime(workEnd).atZone(zone).toInstant();
		}
		Duration left = Duration.ofHours(amount);
		LocalDate day = at.toLocalDate();
		LocalTime from = at.toLocalTime();
		for (int scanned = 0; scanned <= MAX_DAYS; scanned++) {
			if (workingDay.test(day) && from.isBefore(workEnd)) {
				LocalTime start = from.isBefore(workStart) ? workStart : from;
				Duration open = Duration.between(start, workEnd);
				if (open.compareTo(left) >= 0) {
					return day.atTime(start.plus(left)).atZone(zone).toInstant();
				}
				left = left.minus(open);
			}
			day = day.plusDays(1);
			from = LocalTime.MIDNIGHT;
		}
		throw new IllegalStateException("no working hours after " + received);
	}

}
