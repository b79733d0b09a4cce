package com.huike.crm.revisit.domain;

import com.huike.crm.shared.ConflictException;

/**
 * The revisit is no longer open (done or closed as unreachable, e.g. in another tab):
 * refused, the revisit unchanged. Answered 409 with the reason.
 */
public class RevisitStateException extends ConflictException {

	public static final String PROBLEM_TYPE = "revisit-state";

	public RevisitStateException(Long revisitId, String messageKey) {
		super("revisit " + revisitId + ": " + messageKey, PROBLEM_TYPE, messageKey);
	}

}
