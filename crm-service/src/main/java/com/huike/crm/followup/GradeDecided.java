package com.huike.crm.followup;

import java.time.Instant;
import java.time.LocalDate;

import com.huike.crm.customer.TrackingDecided;
import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.customer.domain.Importance;
import com.huike.crm.customer.domain.Need;
import com.huike.crm.customer.domain.Urgency;

/**
 * The manager re-decided a customer's views and grade without a follow-up (the grade
 * page): published in that transaction; the archive applies it ({@link TrackingDecided}).
 */
public record GradeDecided(Long customerId, long customerVersion, DealStatus dealStatus, Importance importance,
		Urgency urgency, Need need, Grade grade, LocalDate nextFollowUpOn, Long decidedBy) implements TrackingDecided {

	@Override
	public Instant followedUpAt() {
		return null;
	}

}
