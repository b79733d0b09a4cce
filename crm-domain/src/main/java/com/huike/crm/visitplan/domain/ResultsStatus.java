package com.huike.crm.visitplan.domain;

/**
 * The month-end results of an approved plan: not yet submitted, 已提交 → 已审批, or 驳回 →
 * resubmitted.
 */
public enum ResultsStatus {

	OPEN, SUBMITTED, APPROVED, REJECTED;

	/** Visits may still be marked done. */
	public boolean isOpen() {
		return this == OPEN || this == REJECTED;
	}

}
