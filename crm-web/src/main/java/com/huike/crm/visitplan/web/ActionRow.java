package com.huike.crm.visitplan.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.huike.crm.visitplan.VisitPlanView;

/**
 * One line of the plan page's list of actions, as the template writes it: every text
 * ready and every "may the viewer …" decided here, so that the ~400 lines of a busy month
 * cost the template no method calls or conditions of its own (docs/performance.md, "##
 * Visit plans").
 */
record ActionRow(String rowId, Long id, String mark, LocalDate day, String customerName, String customerCode,
		String actionType, boolean carriedOver, boolean temporary, String note, String result, String notDoneReason,
		boolean edit, boolean remove, boolean markDone) {

	static List<ActionRow> of(VisitPlanView plan, LocalDate today, Locale locale) {
		boolean english = "en".equals(locale.getLanguage());
		VisitPlanView.Permissions can = plan.can();
		return plan.actions()
			.stream()
			.map(a -> new ActionRow("action-" + a.id(), a.id(), a.mark(), a.day(), a.customerName(), a.customerCode(),
					english ? a.actionTypeEn() : a.actionType(), a.carriedOver(), a.temporary(), a.note(), a.result(),
					a.notDoneReason(), can.edit() || (can.addTemporary() && a.temporary() && !a.done()), can.edit(),
					can.markDone() && !a.done() && !a.day().isAfter(today)))
			.toList();
	}

}
