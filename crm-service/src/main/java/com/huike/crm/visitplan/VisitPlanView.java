package com.huike.crm.visitplan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import com.huike.crm.visitplan.domain.ActionOrigin;
import com.huike.crm.visitplan.domain.PlanStatus;
import com.huike.crm.visitplan.domain.ResultsStatus;
import com.huike.crm.visitplan.domain.Transition;

/**
 * A plan as its pages show it: the actions, the month calendar with the load per day, the
 * month grid of the manual (客户经理任务执行标注表), the transitions, and what the viewer may do
 * with it.
 */
public record VisitPlanView(Long id, Long managerId, String managerName, YearMonth month, PlanStatus status,
		ResultsStatus resultsStatus, String reason, String resultsReason, Instant submittedAt, long version,
		int completionPercent, int doneCount, List<Action> actions, List<Week> weeks, List<LocalDate> days,
		List<GridRow> grid, List<TransitionEntry> transitions, Permissions can) {

	/** One planned action. */
	public record Action(Long id, Long customerId, String customerCode, String customerName, LocalDate day,
			Long actionTypeId, String actionType, String actionTypeEn, String note, ActionOrigin origin, String mark,
			boolean done, Instant doneAt, String result, String notDoneReason, Long followUpId, int position) {

		public boolean carriedOver() {
			return origin == ActionOrigin.CARRIED;
		}

		public boolean temporary() {
			return origin == ActionOrigin.TEMPORARY;
		}

	}

	/** A day of the month calendar: working or not, and its actions' marks. */
	public record Day(LocalDate date, boolean inMonth, boolean working, int load, boolean overMax, String marks) {
	}

	/** A week of the month calendar, Monday first. */
	public record Week(List<Day> days) {
	}

	/** A row of the month grid: one customer, its marks on each day of the month. */
	public record GridRow(Long customerId, String customerCode, String customerName, List<String> cells) {
	}

	/** A recorded transition. */
	public record TransitionEntry(Transition subject, String from, String to, String byName, Instant at,
			String reason) {
	}

	/** What the viewer may do with the plan now. */
	public record Permissions(boolean edit, boolean submit, boolean decide, boolean addTemporary, boolean markDone,
			boolean submitResults, boolean decideResults, boolean regenerate) {
	}

}
