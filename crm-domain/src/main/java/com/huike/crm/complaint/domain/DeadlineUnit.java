package com.huike.crm.complaint.domain;

/** A deadline counted in working hours or in working days of the work calendar. */
public enum DeadlineUnit {

	HOURS, DAYS

}
