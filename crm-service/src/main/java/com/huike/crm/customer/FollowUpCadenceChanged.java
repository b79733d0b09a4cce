package com.huike.crm.customer;

import java.util.Map;

import com.huike.crm.customer.domain.Grade;

/**
 * A fact the archive reacts to: the days between follow-ups changed for some grades, so
 * every customer of those grades is next due on the day of its last follow-up (or of its
 * creation) plus the new days. Declared here for the reason given on
 * {@link TrackingDecided}; the follow-up feature's cadence event implements it.
 */
public interface FollowUpCadenceChanged {

	/** The new days between follow-ups, of the grades whose cadence changed only. */
	Map<Grade, Integer> changedFollowUpDays();

}
