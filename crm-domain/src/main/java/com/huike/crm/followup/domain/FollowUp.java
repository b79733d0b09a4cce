package com.huike.crm.followup.domain;

import java.time.Instant;

import com.huike.crm.customer.domain.Grade;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * One entry of the follow-up log (客户追踪记录): when and how the customer was contacted, what
 * was discussed, the outcome, the next step, and the grade as re-decided afterwards
 * (每次追踪以后重新定格划分等级). A log entry is a record of the past: never edited.
 */
@Entity
@Table(name = "follow_up")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class FollowUp {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "customer_id", nullable = false, updatable = false)
	private Long customerId;

	@Column(name = "occurred_at", nullable = false, updatable = false)
	private Instant occurredAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private Channel channel;

	@Column(nullable = false, updatable = false)
	private String content;

	@Column(updatable = false)
	private String outcome;

	@Column(name = "next_step", updatable = false)
	private String nextStep;

	@Enumerated(EnumType.STRING)
	@Column(name = "grade_before", nullable = false, length = 1, updatable = false)
	private Grade gradeBefore;

	@Enumerated(EnumType.STRING)
	@Column(name = "grade_after", nullable = false, length = 1, updatable = false)
	private Grade gradeAfter;

	@Column(name = "logged_by", nullable = false, updatable = false)
	private Long loggedBy;

	@Column(name = "logged_at", nullable = false, updatable = false)
	private Instant loggedAt;

	public FollowUp(Long customerId, Instant occurredAt, Channel channel, String content, String outcome,
			String nextStep, Grade gradeBefore, Grade gradeAfter, Long loggedBy, Instant loggedAt) {
		if (customerId == null || occurredAt == null || channel == null || loggedBy == null || loggedAt == null) {
			throw new IllegalArgumentException("customer, time, channel and author are required");
		}
		if (content == null || content.isBlank()) {
			throw new IllegalArgumentException("what was discussed is required");
		}
		if (gradeBefore == null || gradeAfter == null) {
			throw new IllegalArgumentException("the grade must be confirmed or changed");
		}
		if (occurredAt.isAfter(loggedAt)) {
			throw new IllegalArgumentException("a follow-up cannot lie in the future");
		}
		this.customerId = customerId;
		this.occurredAt = occurredAt;
		this.channel = channel;
		this.content = content.strip();
		this.outcome = blankToNull(outcome);
		this.nextStep = blankToNull(nextStep);
		this.gradeBefore = gradeBefore;
		this.gradeAfter = gradeAfter;
		this.loggedBy = loggedBy;
		this.loggedAt = loggedAt;
	}

	public boolean changedGrade() {
		return gradeBefore != gradeAfter;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
