package com.huike.crm.shared;

/**
 * The user may see the record but not do this with it (a role the action is not for).
 * Answered 403.
 */
public class NotAllowedException extends RefusedException {

	public static final String DEFAULT_KEY = "error.403.text";

	public NotAllowedException(String message) {
		this(message, DEFAULT_KEY);
	}

	public NotAllowedException(String message, String messageKey, Object... arguments) {
		super(message, messageKey, arguments);
	}

}
