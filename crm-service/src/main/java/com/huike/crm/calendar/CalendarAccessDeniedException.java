package com.huike.crm.calendar;

/**
 * Only the administrator edits the calendar.
 */
public class CalendarAccessDeniedException extends RuntimeException {

	public CalendarAccessDeniedException() {
		super("only the administrator edits the working-day calendar");
	}

}
