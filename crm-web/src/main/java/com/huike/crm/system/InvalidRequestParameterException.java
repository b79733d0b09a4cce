package com.huike.crm.system;

import java.util.List;

/**
 * A query parameter of the JSON API that cannot be used (an unknown sort column, a page
 * too large…): answered as a 400 problem detail naming the parameter, in the caller's
 * language.
 */
public class InvalidRequestParameterException extends RuntimeException {

	private final String parameter;

	private final String messageKey;

	private final List<Object> arguments;

	public InvalidRequestParameterException(String parameter, String messageKey, Object... arguments) {
		super(parameter + ": " + messageKey);
		this.parameter = parameter;
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	public String getParameter() {
		return parameter;
	}

	public String getMessageKey() {
		return messageKey;
	}

	public Object[] getArguments() {
		return arguments.toArray();
	}

}
