package com.huike.crm.care.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A care reminder on the manager's agenda: greet the customer for an occasion (or tell
 * them goods arrived) by the due date, then record how it was done, or skip it. The
 * reminder run creates tasks in bulk with SQL; this entity carries the state changes.
 */
@Entity
@Table(name = "care_task")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CareTask {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "customer_id", nullable = false, updatable = false)
	private Long customerId;

	@Column(name = "owner_id", nullable = false, updatable = false)
	private Long ownerId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private CareTaskKind kind;

	@Column(name = "occasion_date", nullable = false, updatable = false)
	private LocalDate occasionDate;

	@Column(nullable = false, updatable = false)
	private long ref;

	private String detail;

	@Column(name = "due_date", nullable = false)
	private LocalDate dueDate;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CareTaskStatus status = CareTaskStatus.OPEN;

	@Enumerated(EnumType.STRING)
	private CareChannel channel;

	private String note;

	@Column(name = "closed_by")
	private Long closedBy;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	public CareTask(Long customerId, Long ownerId, CareTaskKind kind, LocalDate occasionDate, long ref, String detail,
			LocalDate dueDate) {
		if (customerId == null || ownerId == null || kind == null || occasionDate == null || dueDate == null) {
			throw new IllegalArgumentException("a care task needs a customer, an owner, a kind and its dates");
		}
		this.customerId = customerId;
		this.ownerId = ownerId;
		this.kind = kind;
		this.occasionDate = occasionDate;
		this.ref = ref;
		this.detail = detail;
		this.dueDate = dueDate;
		this.createdAt = Instant.now();
	}

	/** Records that the greeting (or the call) was made, and how. */
	public void complete(CareChannel channel, String note, Long by, Instant at) {
		if (channel == null) {
			throw new IllegalArgumentException("say how the task was done");
		}
		close(CareTaskStatus.DONE, note, by, at);
		this.channel = channel;
	}

	/** The manager decided not to act on this occasion. */
	public void skip(String note, Long by, Instant at) {
		close(CareTaskStatus.SKIPPED, note, by, at);
	}

	public boolean isOpen() {
		return status == CareTaskStatus.OPEN;
	}

	private void close(CareTaskStatus status, String note, Long by, Instant at) {
		if (!isOpen()) {
			throw new CareTaskAlreadyClosedException(id);
		}
		this.status = status;
		this.note = (note == null || note.isBlank()) ? null : note.strip();
		this.closedBy = by;
		this.closedAt = at;
	}

}
