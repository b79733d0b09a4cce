package com.huike.crm.followup;

/**
 * Input that breaks a rule of the tracking method. It names the form field at fault and
 * the message key that explains it, so that the page can show the message next to the
 * field and keep what the user typed.
 */
public abstract class RejectedInputException extends RuntimeException {

	private final String field;

	private final String messageKey;

	protected RejectedInputException(String field, String messageKey, String message) {
		super(message);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
