package com.huike.crm.visitplan.domain;

import org.springframework.modulith.NamedInterface;

/**
 * The month-end results of an approved plan: not yet submitted, 已提交 → 已审批, or 驳回 →
 * resubmitted. Part of {@code VisitResultsDecided}, so a named interface for its
 * listeners.
 */
@NamedInterface("states")
public enum ResultsStatus {

	OPEN, SUBMITTED, APPROVED, REJECTED;

	/** Visits may still be marked done. */
	public boolean isOpen() {
		return this == OPEN || this == REJECTED;
	}

}
