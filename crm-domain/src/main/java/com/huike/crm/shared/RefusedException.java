package com.huike.crm.shared;

import java.util.List;

/**
 * A request the application refuses, for a reason the user can read: the message key (and
 * its arguments) of the feature's bundle says why. The kind of refusal decides the answer
 * — {@link NotFoundException} 404, {@link NotAllowedException} 403,
 * {@link ConflictException} 409, {@link RuleViolationException} 400 — in one place of the
 * web layer for pages and API alike.
 */
public abstract class RefusedException extends RuntimeException {

	private final String messageKey;

	private final List<Object> arguments;

	protected RefusedException(String message, String messageKey, Object... arguments) {
		super(message);
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	/** The key of the text that tells the user why, in the feature's message bundle. */
	public String getMessageKey() {
		return messageKey;
	}

	public Object[] getArguments() {
		return arguments.toArray();
	}

}
