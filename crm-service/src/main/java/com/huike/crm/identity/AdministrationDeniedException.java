package com.huike.crm.identity;

/**
 * Only administrators manage users and teams.
 */
public class AdministrationDeniedException extends RuntimeException {

	public AdministrationDeniedException(String username) {
		super("not an administrator: " + username);
	}

}
