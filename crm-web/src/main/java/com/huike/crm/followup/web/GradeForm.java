package com.huike.crm.followup.web;

import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.customer.domain.Importance;
import com.huike.crm.customer.domain.Need;
import com.huike.crm.customer.domain.Urgency;
import com.huike.crm.followup.GradeDecision;
import com.huike.crm.followup.TrackedCustomer;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The grade review: the four views and the grade, with a reason when overriding the
 * proposal.
 */
record GradeForm(@NotNull(message = "{grade.dealStatus.required}") DealStatus dealStatus, Importance importance,
		Urgency urgency, Need need, @NotNull(message = "{grade.grade.required}") Grade grade,
		@Size(max = 500, message = "{grade.reason.tooLong}") String reason) {

	static GradeForm of(TrackedCustomer customer) {
		return new GradeForm(customer.dealStatus(), customer.importance(), customer.urgency(), customer.need(),
				customer.grade(), "");
	}

	GradeDecision toDecision() {
		return new GradeDecision(dealStatus, importance, urgency, need, grade, reason);
	}

}
