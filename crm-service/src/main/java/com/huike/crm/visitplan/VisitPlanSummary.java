package com.huike.crm.visitplan;

import java.time.Instant;
import java.time.YearMonth;

import com.huike.crm.visitplan.domain.PlanStatus;
import com.huike.crm.visitplan.domain.VisitPlan;
import com.huike.crm.visitplan.domain.ResultsStatus;

/**
 * A plan in a list: the supervisor's queue, a team's month, a manager's plans.
 *
 * @param late submitted after the first working days of its month, or not at all by now
 */
public record VisitPlanSummary(Long id, Long managerId, String managerName, YearMonth month, PlanStatus status,
		ResultsStatus resultsStatus, int actions, int done, int completionPercent, Instant submittedAt, boolean late) {

	/**
	 * The share of actions done, in whole per cent, as a plan counts it (figures of
	 * several plans).
	 */
	public static int completionPercent(long done, long actions) {
		return VisitPlan.completionPercent(done, actions);
	}

}
