package com.huike.crm.revisit.domain;

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

/** One call of a revisit: when, in which slot, by whom, and how it ended. */
@Entity
@Table(name = "revisit_attempt")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class RevisitAttempt {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "revisit_id", nullable = false, updatable = false)
	private Revisit revisit;

	@Column(nullable = false, updatable = false)
	private Instant at;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private TimeSlot slot;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private CallOutcome outcome;

	@Column(name = "by_user", nullable = false, updatable = false)
	private Long byUser;

	@Column(updatable = false)
	private String note;

	RevisitAttempt(Revisit revisit, Instant at, TimeSlot slot, CallOutcome outcome, Long byUser, String note) {
		this.revisit = revisit;
		this.at = at;
		this.slot = slot;
		this.outcome = outcome;
		this.byUser = byUser;
		this.note = note;
	}

}
