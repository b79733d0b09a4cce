package com.huike.crm.followup.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.customer.domain.Importance;
import com.huike.crm.customer.domain.Need;
import com.huike.crm.customer.domain.Urgency;
import com.huike.crm.followup.GradeDecision;
import com.huike.crm.followup.NewFollowUp;
import com.huike.crm.followup.TrackedCustomer;
import com.huike.crm.followup.domain.Channel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The follow-up form. The grade has no default: the manager must pick one — the current
 * grade to confirm it, another to change it — so that no follow-up is saved without the
 * grade being re-decided (每次追踪以后重新定格划分等级). The four views start as they stand.
 */
record FollowUpForm(@NotNull(message = "{followup.occurredAt.required}") LocalDateTime occurredAt,
		@NotNull(message = "{followup.channel.required}") Channel channel,
		@NotBlank(message = "{followup.content.required}") @Size(max = 4000,
				message = "{followup.text.tooLong}") String content,
		@Size(max = 4000, message = "{followup.text.tooLong}") String outcome,
		@Size(max = 4000, message = "{followup.text.tooLong}") String nextStep,
		@NotNull(message = "{grade.dealStatus.required}") DealStatus dealStatus, Importance importance, Urgency urgency,
		Need need, @NotNull(message = "{followup.grade.required}") Grade grade,
		@Size(max = 500, message = "{grade.reason.tooLong}") String reason) {

	static FollowUpForm start(TrackedCustomer customer, Clock clock) {
		return new FollowUpForm(LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES), null, "", "", "",
				customer.dealStatus(), customer.importance(), customer.urgency(), customer.need(), null, "");
	}

	NewFollowUp toCommand(Long customerId) {
		return new NewFollowUp(customerId, occurredAt, channel, content, outcome, nextStep,
				new GradeDecision(dealStatus, importance, urgency, need, grade, reason));
	}

}
