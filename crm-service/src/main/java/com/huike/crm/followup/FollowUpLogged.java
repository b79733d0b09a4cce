package com.huike.crm.followup;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

import com.huike.crm.customer.TrackingDecided;
import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.customer.domain.Importance;
import com.huike.crm.customer.domain.Need;
import com.huike.crm.customer.domain.Urgency;

/**
 * A follow-up was logged and the grade re-decided with it: published in the transaction
 * of the log (the archive moves the customer's next due date from it, see
 * {@link TrackingDecided}), and what the pages and the API show of the result.
 * Serializable: it travels as a flash attribute in the stored session.
 *
 * @param followUpId the new entry
 * @param followedUpAt when the follow-up took place
 * @param nextFollowUpOn the new due date: the day of the follow-up plus the cadence of
 * the grade
 */
public record FollowUpLogged(Long followUpId, Long customerId, long customerVersion, DealStatus dealStatus,
		Importance importance, Urgency urgency, Need need, Grade grade, Instant followedUpAt, LocalDate nextFollowUpOn,
		Long decidedBy) implements TrackingDecided, Serializable {

}
