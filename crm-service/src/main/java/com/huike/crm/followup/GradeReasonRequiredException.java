package com.huike.crm.followup;

/**
 * The manager chose another grade than the proposed one (or, without a proposal, changed
 * the grade) and gave no reason.
 */
public class GradeReasonRequiredException extends RejectedInputException {

	public GradeReasonRequiredException() {
		super("reason", "grade.reason.required", "overriding the proposed grade needs a reason");
	}

}
