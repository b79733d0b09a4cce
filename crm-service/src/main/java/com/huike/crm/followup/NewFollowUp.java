package com.huike.crm.followup;

import java.time.LocalDateTime;

import com.huike.crm.followup.domain.Channel;

/**
 * A follow-up as the manager logs it: when (local time of the business), how, what was
 * discussed, the outcome and next step, and the grade re-decided afterwards.
 */
public record NewFollowUp(Long customerId, LocalDateTime occurredAt, Channel channel, String content, String outcome,
		String nextStep, GradeDecision grade) {

}
