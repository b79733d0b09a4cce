package com.huike.crm.complaint.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * One step of a complaint's timeline: what happened, who, when, to which department, and
 * the text.
 */
@Entity
@Table(name = "complaint_step")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ComplaintStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "request_id", nullable = false, updatable = false)
	private ServiceRequest request;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private StepKind kind;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status", updatable = false)
	private RequestStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", nullable = false, updatable = false)
	private RequestStatus toStatus;

	/** Null for a step of the system (an escalation). */
	@Column(name = "by_user", updatable = false)
	private Long byUser;

	@Column(nullable = false, updatable = false)
	private Instant at;

	@Column(name = "department_id", updatable = false)
	private Long departmentId;

	@Column(updatable = false)
	private String note;

	ComplaintStep(ServiceRequest request, StepKind kind, RequestStatus from, RequestStatus to, Long byUser, Instant at,
			Long departmentId, String note) {
		this.request = request;
		this.kind = kind;
		this.fromStatus = from;
		this.toStatus = to;
		this.byUser = byUser;
		this.at = at;
		this.departmentId = departmentId;
		this.note = note;
	}

}
