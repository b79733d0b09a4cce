package com.huike.crm.care.domain;

/**
 * The task was already done or skipped (for instance by a second click or another tab).
 */
public class CareTaskAlreadyClosedException extends RuntimeException {

	public CareTaskAlreadyClosedException(Long id) {
		super("care task " + id + " is already closed");
	}

}
