package com.huike.crm.identity;

/**
 * A team can only be led by an enabled user with the supervisor role.
 */
public class NotASupervisorException extends RuntimeException {

	public NotASupervisorException(Long userId) {
		super("user " + userId + " is not a supervisor");
	}

}
