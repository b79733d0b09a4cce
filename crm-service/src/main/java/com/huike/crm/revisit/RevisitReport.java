package com.huike.crm.revisit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.huike.crm.revisit.domain.RevisitKind;

/**
 * The revisit report of a period (周报 / 月报): the revisits closed in it — done (reached and
 * scored) and unreachable —, the reach rate, the average score per service item and per
 * department, and the problems raised in the period that wait to be passed on.
 *
 * @param period the week or the month; null for a range of days (the dashboard's period)
 * @param from the first day of the period
 * @param to the last day of the period
 * @param reachRate done / (done + unreachable) in percent, null without any
 */
public record RevisitReport(Period period, LocalDate from, LocalDate to, long done, long unreachable, Double reachRate,
		List<KindLine> kinds, List<ItemLine> items, List<DepartmentLine> departments, long openProblems,
		List<Problem> problems) {

	/** A week (Monday to Sunday) or a calendar month. */
	public enum Period {

		WEEK, MONTH

	}

	/** The revisits of one kind closed in the period. */
	public record KindLine(RevisitKind kind, long done, long unreachable) {
	}

	/** The average of one service item in one department. */
	public record ItemLine(Long itemId, RevisitKind kind, String name, String nameEn, String department, long scores,
			double average) {
	}

	/** The average of every score given in a department's revisits. */
	public record DepartmentLine(String department, long scores, double average) {
	}

	/** A problem raised in a revisit, not yet passed on. */
	public record Problem(Long revisitId, String callerName, String department, String problem, Instant raisedAt) {
	}

}
