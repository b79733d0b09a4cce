package com.huike.crm.complaint.domain;

/**
 * Where a request stands. An inquiry is closed at once; a suggestion or repair request is
 * {@code OPEN} on the customer-service manager's list until they close it. A complaint
 * runs 待确认 {@code NEW} → 已派单 {@code ROUTED} → 处理中 {@code TAKEN} → 已回复 {@code RETURNED} →
 * 已反馈 {@code FED_BACK} → 已结案 {@code CLOSED}, or back from {@code FED_BACK} to
 * {@code ROUTED} when reopened.
 */
public enum RequestStatus {

	OPEN, NEW, ROUTED, TAKEN, RETURNED, FED_BACK, CLOSED;

	/** Still with the department or waiting for it: the deadline runs. */
	public boolean isHandling() {
		return this == NEW || this == ROUTED || this == TAKEN;
	}

}
