package com.huike.crm.calendar.domain;

/**
 * Where an entry of the calendar came from.
 */
public enum CalendarDaySource {

	/** Seeded from the statutory holidays of the year. */
	STATUTORY,
	/** Added or changed by the administrator. */
	ADMIN

}
