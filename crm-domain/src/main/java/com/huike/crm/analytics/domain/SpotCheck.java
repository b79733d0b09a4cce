package com.huike.crm.analytics.domain;

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
 * One archive drawn for a month's spot check (抽查): checked by the market manager — pass,
 * or fail with the findings — and, when it failed, fixed by the manager.
 */
@Entity
@Table(name = "spot_check")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class SpotCheck {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "manager_id", nullable = false, updatable = false)
	private Long managerId;

	@Column(name = "customer_id", nullable = false, updatable = false)
	private Long customerId;

	@Column(nullable = false, updatable = false)
	private LocalDate month;

	@Column(name = "drawn_by", nullable = false, updatable = false)
	private Long drawnBy;

	@Column(name = "drawn_at", nullable = false, updatable = false)
	private Instant drawnAt;

	@Enumerated(EnumType.STRING)
	private SpotCheckResult result;

	private String findings;

	@Column(name = "checked_by")
	private Long checkedBy;

	@Column(name = "checked_at")
	private Instant checkedAt;

	@Column(name = "fixed_at")
	private Instant fixedAt;

	@Version
	private long version;

	public SpotCheck(Long managerId, Long customerId, LocalDate month, Long drawnBy, Instant drawnAt) {
		this.managerId = managerId;
		this.customerId = customerId;
		this.month = month.withDayOfMonth(1);
		this.drawnBy = drawnBy;
		this.drawnAt = drawnAt;
	}

	/**
	 * Records what the check found; a failure needs its findings. A check may be recorded
	 * again (corrected) until its findings were fixed.
	 */
	public void record(SpotCheckResult result, String findings, Long by, Instant at) {
		if (fixedAt != null) {
			throw new IllegalStateException("spot check " + id + " was fixed already");
		}
		String text = (findings != null && !findings.isBlank()) ? findings.strip() : null;
		if (result == SpotCheckResult.FAIL && text == null) {
			throw new IllegalArgumentException("a failed spot check needs its findings");
		}
		this.result = result;
		this.findings = text;
		this.checkedBy = by;
		this.checkedAt = at;
	}

	/** The manager fixed what the check found. */
	public void fixed(Instant at) {
		if (result != SpotCheckResult.FAIL || fixedAt != null) {
			throw new IllegalStateException("spot check " + id + " has nothing to fix");
		}
		this.fixedAt = at;
	}

	public boolean isOpenFinding() {
		return result == SpotCheckResult.FAIL && fixedAt == null;
	}

}
