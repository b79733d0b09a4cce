package com.huike.crm.calendar;

/**
 * An entry that makes no sense, e.g. a make-up workday on a weekday. Carries the message
 * key the user interface shows.
 */
public class InvalidCalendarDayException extends RuntimeException {

	private final String messageKey;

	public InvalidCalendarDayException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return messageKey;
	}

}
