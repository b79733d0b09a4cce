package com.huike.crm.care.domain;

import com.huike.crm.shared.ConflictException;

/**
 * The task was already done or skipped (for instance by a second click or another tab).
 */
public class CareTaskAlreadyClosedException extends ConflictException {

	public CareTaskAlreadyClosedException(Long id) {
		super("care task " + id + " is already closed", "closed", "care.task.alreadyClosed");
	}

}
