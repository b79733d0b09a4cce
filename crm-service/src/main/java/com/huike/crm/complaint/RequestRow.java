package com.huike.crm.complaint;

import java.time.Instant;

import com.huike.crm.complaint.domain.Channel;
import com.huike.crm.complaint.domain.RequestStatus;
import com.huike.crm.complaint.domain.RequestType;
import com.huike.crm.complaint.domain.Severity;

/**
 * A request as a list row shows it: the call fields only (caller, customer's name and
 * code, what it is about), never the customer's profile.
 */
public record RequestRow(Long id, RequestType type, RequestStatus status, Long customerId, String customerCode,
		String customerName, String callerName, String callerPhone, String category, String categoryEn,
		Severity severity, Channel channel, String description, String department, String departmentEn,
		Instant receivedAt, Instant dueAt, boolean overdue, boolean escalated, String takenByName, long version) {

	/** The first line of the description, at most 60 characters. */
	public String summary() {
		String first = description.lines().findFirst().orElse("");
		return (first.length() > 60) ? first.substring(0, 60) + "…" : first;
	}

}
