package com.huike.crm.identity;

/**
 * A username must be 3–50 letters, digits, dots, underscores or hyphens (see
 * {@link UserService#USERNAME_PATTERN}).
 */
public class InvalidUsernameException extends RuntimeException {

	public InvalidUsernameException(String username) {
		super("invalid username: " + username);
	}

}
