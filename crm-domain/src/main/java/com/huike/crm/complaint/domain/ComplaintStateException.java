package com.huike.crm.complaint.domain;

import com.huike.crm.shared.ConflictException;

/**
 * The request is not in a state that allows this (confirming a complaint already routed,
 * closing it twice, recording a result before it was taken): refused, nothing changed.
 * Answered 409 with the reason.
 */
public class ComplaintStateException extends ConflictException {

	public static final String PROBLEM_TYPE = "complaint-state";

	public ComplaintStateException(Long requestId, String messageKey) {
		super("request " + requestId + ": " + messageKey, PROBLEM_TYPE, messageKey);
	}

}
