package com.huike.crm.followup;

import java.time.Instant;

import com.huike.crm.customer.domain.Grade;
import com.huike.crm.followup.domain.Channel;

/**
 * A logged follow-up as lists and the API show it.
 */
public record FollowUpEntry(Long id, Long customerId, Instant occurredAt, Channel channel, String content,
		String outcome, String nextStep, Grade gradeBefore, Grade gradeAfter, Long loggedBy, String loggedByName,
		Instant loggedAt) {

}
