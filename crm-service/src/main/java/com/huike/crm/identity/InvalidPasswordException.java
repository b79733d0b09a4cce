package com.huike.crm.identity;

/**
 * The password breaks the policy of {@link UserService}: at least
 * {@link UserService#MIN_PASSWORD_LENGTH} characters, at most
 * {@link UserService#MAX_PASSWORD_BYTES} bytes in UTF-8 (all that BCrypt reads).
 */
public class InvalidPasswordException extends RuntimeException {

	private final Reason reason;

	public InvalidPasswordException(Reason reason) {
		super("password rejected: " + reason);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	public enum Reason {

		TOO_SHORT, TOO_LONG

	}

}
