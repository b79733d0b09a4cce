package com.huike.crm.care;

/**
 * The user may see the task (a supervisor looking at the team's) but only the customer's
 * manager records it as done or skipped.
 */
public class CareTaskAccessDeniedException extends RuntimeException {

	public CareTaskAccessDeniedException(Long id) {
		super("only the customer's manager may close care task " + id);
	}

}
