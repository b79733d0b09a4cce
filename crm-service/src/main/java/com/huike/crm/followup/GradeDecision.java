package com.huike.crm.followup;

import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.customer.domain.Importance;
import com.huike.crm.customer.domain.Need;
import com.huike.crm.customer.domain.Urgency;

/**
 * The manager's decision on a customer's grade: the four views as they now stand, the
 * grade chosen, and why when it is not the proposed one.
 */
public record GradeDecision(DealStatus dealStatus, Importance importance, Urgency urgency, Need need, Grade grade,
		String reason) {

	/** The proposal the decided views give. */
	public java.util.Optional<GradeProposal> proposal() {
		return GradeProposal.from(dealStatus, importance, urgency, need);
	}

}
