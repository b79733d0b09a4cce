package com.huike.crm.identity;

/**
 * Another user already signs in with this name.
 */
public class UsernameTakenException extends RuntimeException {

	public UsernameTakenException(String username) {
		super("username taken: " + username);
	}

}
