package com.huike.crm.followup;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import com.huike.crm.customer.domain.Grade;
import com.huike.crm.followup.domain.Activity;

/**
 * The cadences in force, in days per grade and activity, and the arithmetic of due dates.
 * A due date is a calendar day: the day of the last follow-up (or of creation, for a
 * customer never followed up) plus the cadence of the current grade, counted in days, so
 * month ends and leap days need no special case and a 365-day cadence from 2028-03-01
 * ends on 2029-03-01.
 *
 * @param followUpDays days between follow-ups, for every grade
 * @param visitDays days between visits, for the grades that have a visit cadence
 */
public record CadenceTable(Map<Grade, Integer> followUpDays, Map<Grade, Integer> visitDays) {

	/**
	 * The defaults of the spec: follow-ups A 1, B 7, C 15, D 30, E 365; visits A 7, B 30,
	 * C 60.
	 */
	public static final CadenceTable DEFAULTS = new CadenceTable(
			Map.of(Grade.A, 1, Grade.B, 7, Grade.C, 15, Grade.D, 30, Grade.E, 365),
			Map.of(Grade.A, 7, Grade.B, 30, Grade.C, 60));

	public CadenceTable {
		followUpDays = new EnumMap<>(followUpDays);
		visitDays = visitDays.isEmpty() ? new EnumMap<>(Grade.class) : new EnumMap<>(visitDays);
		for (Grade grade : Grade.values()) {
			Integer days = followUpDays.get(grade);
			if (days == null || days < 1) {
				throw new IllegalArgumentException("grade " + grade + " needs a follow-up cadence of at least a day");
			}
		}
		if (visitDays.values().stream().anyMatch(d -> d == null || d < 1)) {
			throw new IllegalArgumentException("a visit cadence is at least a day");
		}
	}

	public int followUpDays(Grade grade) {
		return followUpDays.get(grade);
	}

	public Optional<Integer> days(Activity activity, Grade grade) {
		return Optional.ofNullable((activity == Activity.FOLLOW_UP) ? followUpDays.get(grade) : visitDays.get(grade));
	}

	/**
	 * The next follow-up of a customer of this grade last followed up (or created) on
	 * that day.
	 */
	public LocalDate nextFollowUp(LocalDate lastDay, Grade grade) {
		return due(lastDay, followUpDays(grade));
	}

	/** The next visit, when the grade has a visit cadence. */
	public Optional<LocalDate> nextVisit(LocalDate lastVisitDay, Grade grade) {
		return Optional.ofNullable(visitDays.get(grade)).map(days -> due(lastVisitDay, days));
	}

	/** A day plus a cadence in days. */
	public static LocalDate due(LocalDate from, int days) {
		if (days < 1) {
			throw new IllegalArgumentException("a cadence is at least one day");
		}
		return from.plusDays(days);
	}

	/** Days a due date lies behind today; 0 when it is today or later. */
	public static long daysOverdue(LocalDate due, LocalDate today) {
		return Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(due, today));
	}

}
