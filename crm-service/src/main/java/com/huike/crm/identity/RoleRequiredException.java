package com.huike.crm.identity;

/**
 * A user needs at least one role.
 */
public class RoleRequiredException extends RuntimeException {

	public RoleRequiredException() {
		super("a user needs at least one role");
	}

}
