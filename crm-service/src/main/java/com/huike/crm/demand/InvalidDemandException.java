package com.huike.crm.demand;

/**
 * A registration with a missing or impossible value; carries the field and the message
 * key.
 */
public class InvalidDemandException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public InvalidDemandException(String field, String messageKey) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String getField() {
		return field;
	}

	public String getMessageKey() {
		return messageKey;
	}

}
