package com.huike.crm.identity;

/**
 * The user does not exist.
 */
public class UserNotFoundException extends RuntimeException {

	public UserNotFoundException(Long id) {
		super("user " + id + " not found");
	}

}
