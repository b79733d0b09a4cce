package com.huike.crm.calendar.domain;

/**
 * How a day differs from the weekly rule (Monday–Friday work, weekends off).
 */
public enum CalendarDayKind {

	/** A day off although it may be a weekday (法定节假日). */
	HOLIDAY,
	/** A make-up workday on a weekend (调休上班). */
	WORKDAY

}
