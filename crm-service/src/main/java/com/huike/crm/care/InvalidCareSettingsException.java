package com.huike.crm.care;

/**
 * A care setting outside its allowed range.
 */
public class InvalidCareSettingsException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public InvalidCareSettingsException(String field, String messageKey) {
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
