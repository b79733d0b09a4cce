package com.huike.crm.followup;

import java.time.Instant;
import java.time.LocalDate;

import com.huike.crm.customer.CustomerCard;
import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.customer.domain.Importance;
import com.huike.crm.customer.domain.Need;
import com.huike.crm.customer.domain.Urgency;

/**
 * A customer as the tracking pages show it: the four views, the grade, the proposal the
 * views give, and the schedule.
 *
 * @param proposal the proposed grade, or null when the views are not complete enough
 * @param nextVisitOn the next visit by the visit cadence, or null when the grade has none
 */
public record TrackedCustomer(Long id, String code, String name, String companyName, Long ownerId, Grade grade,
		DealStatus dealStatus, Importance importance, Urgency urgency, Need need, GradeProposal proposal,
		LocalDate nextFollowUpOn, Instant lastFollowUpAt, LocalDate nextVisitOn, long daysOverdue) {

	static TrackedCustomer of(CustomerCard c, LocalDate today, LocalDate nextVisitOn) {
		GradeProposal proposal = GradeProposal.from(c.dealStatus(), c.importance(), c.urgency(), c.need()).orElse(null);
		long overdue = (c.nextFollowUpOn() != null) ? CadenceTable.daysOverdue(c.nextFollowUpOn(), today) : 0;
		return new TrackedCustomer(c.id(), c.code(), c.name(), c.companyName(), c.ownerId(), c.grade(), c.dealStatus(),
				c.importance(), c.urgency(), c.need(), proposal, c.nextFollowUpOn(), c.lastFollowUpAt(), nextVisitOn,
				overdue);
	}

}
