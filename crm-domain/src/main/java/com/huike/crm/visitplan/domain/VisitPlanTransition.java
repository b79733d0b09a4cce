package com.huike.crm.visitplan.domain;

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

/** One change of state of a plan or its results: who, when, from, to and why. */
@Entity
@Table(name = "visit_plan_transition")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class VisitPlanTransition {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id", nullable = false, updatable = false)
	private VisitPlan plan;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private Transition subject;

	@Column(name = "from_status", nullable = false, updatable = false)
	private String fromStatus;

	@Column(name = "to_status", nullable = false, updatable = false)
	private String toStatus;

	@Column(name = "by_user", nullable = false, updatable = false)
	private Long byUser;

	@Column(nullable = false, updatable = false)
	private Instant at;

	@Column(updatable = false)
	private String reason;

	VisitPlanTransition(VisitPlan plan, Transition subject, Enum<?> from, Enum<?> to, Long byUser, Instant at,
			String reason) {
		this.plan = plan;
		this.subject = subject;
		this.fromStatus = from.name();
		this.toStatus = to.name();
		this.byUser = byUser;
		this.at = at;
		this.reason = reason;
	}

}
