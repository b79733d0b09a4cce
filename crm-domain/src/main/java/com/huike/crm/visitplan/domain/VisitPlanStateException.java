package com.huike.crm.visitplan.domain;

import com.huike.crm.shared.ConflictException;

/**
 * The plan is not in a state that allows this (approving a draft, editing a submitted
 * plan, approving twice): refused, the plan unchanged. Answered 409 with the reason.
 */
public class VisitPlanStateException extends ConflictException {

	public static final String PROBLEM_TYPE = "visit-plan-state";

	public VisitPlanStateException(Long planId, String messageKey) {
		super("visit plan " + planId + ": " + messageKey, PROBLEM_TYPE, messageKey);
	}

}
