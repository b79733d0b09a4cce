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
 * One line of a customer's grade history: when, from which grade to which, who decided,
 * why, and what the system had proposed. Written once, never changed.
 */
@Entity
@Table(name = "grade_change")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class GradeChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "customer_id", nullable = false, updatable = false)
	private Long customerId;

	@Column(name = "changed_at", nullable = false, updatable = false)
	private Instant changedAt;

	@Column(name = "changed_by", updatable = false)
	private Long changedBy;

	@Enumerated(EnumType.STRING)
	@Column(name = "old_grade", length = 1, updatable = false)
	private Grade oldGrade;

	@Enumerated(EnumType.STRING)
	@Column(name = "new_grade", nullable = false, length = 1, updatable = false)
	private Grade newGrade;

	@Enumerated(EnumType.STRING)
	@Column(name = "proposed_grade", length = 1, updatable = false)
	private Grade proposedGrade;

	@Column(updatable = false)
	private String reason;

	@Column(name = "follow_up_id", updatable = false)
	private Long followUpId;

	public GradeChange(Long customerId, Instant changedAt, Long changedBy, Grade oldGrade, Grade newGrade,
			Grade proposedGrade, String reason, Long followUpId) {
		if (customerId == null || changedAt == null || newGrade == null) {
			throw new IllegalArgumentException("customer, time and new grade are required");
		}
		if (newGrade == oldGrade) {
			throw new IllegalArgumentException("a grade change needs a different grade");
		}
		this.customerId = customerId;
		this.changedAt = changedAt;
		this.changedBy = changedBy;
		this.oldGrade = oldGrade;
		this.newGrade = newGrade;
		this.proposedGrade = proposedGrade;
		this.reason = (reason == null || reason.isBlank()) ? null : reason.strip();
		this.followUpId = followUpId;
	}

}
