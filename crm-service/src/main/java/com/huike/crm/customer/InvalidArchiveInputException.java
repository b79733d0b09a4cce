package com.huike.crm.customer;

import java.util.List;

/**
 * Input that breaks a rule of the archive (a date in the future, an amount that does not
 * match quantity and price…). Names the field and a message key of the {@code parts} or
 * {@code customer} bundle, so every interface can say it in the user's language.
 */
public class InvalidArchiveInputException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final List<Object> arguments;

	public InvalidArchiveInputException(String field, String messageKey, Object... arguments) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	public String getField() {
		return field;
	}

	public String getMessageKey() {
		return messageKey;
	}

	public Object[] getArguments() {
		return arguments.toArray();
	}

}
