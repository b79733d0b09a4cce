package com.huike.crm.shared;

/**
 * The record does not exist for the user: missing, or outside what they may see (a
 * foreign record is indistinguishable from a missing one). Answered 404.
 */
public class NotFoundException extends RefusedException {

	public static final String DEFAULT_KEY = "error.404.text";

	public NotFoundException(String what, Object id) {
		this(what, id, DEFAULT_KEY);
	}

	public NotFoundException(String what, Object id, String messageKey, Object... arguments) {
		super(what + " " + id + " not found", messageKey, arguments);
	}

}
