package com.huike.crm.revisit.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * The one row of revisit settings: the windows (days after a handled complaint, working
 * days after a delivery), the attempts allowed, the department a satisfaction revisit
 * scores, and the last delivery day the daily scheduling has covered.
 */
@Entity
@Table(name = "revisit_settings")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class RevisitSettings {

	public static final short SINGLETON_ID = 1;

	public static final int WINDOW_LIMIT = 60;

	public static final int ATTEMPTS_LIMIT = 10;

	public static final int INTERVAL_LIMIT = 366;

	@Id
	private Short id;

	@Column(name = "complaint_min_days", nullable = false)
	private int complaintMinDays;

	@Column(name = "complaint_max_days", nullable = false)
	private int complaintMaxDays;

	@Column(name = "delivery_min_days", nullable = false)
	private int deliveryMinDays;

	@Column(name = "delivery_max_days", nullable = false)
	private int deliveryMaxDays;

	@Column(name = "delivery_interval_days", nullable = false)
	private int deliveryIntervalDays;

	@Column(name = "max_attempts", nullable = false)
	private int maxAttempts;

	@Column(name = "delivery_department", nullable = false)
	private String deliveryDepartment;

	/**
	 * Moved by the nightly run alone, with a statement of its own: never through this
	 * entity, so that the run never conflicts with the manager's form (the version).
	 */
	@Column(name = "deliveries_covered_to", insertable = false, updatable = false)
	private LocalDate deliveriesCoveredTo;

	@Version
	private long version;

	/** The service checked the values (ranges, min ≤ max). */
	public void change(int complaintMinDays, int complaintMaxDays, int deliveryMinDays, int deliveryMaxDays,
			int deliveryIntervalDays, int maxAttempts, String deliveryDepartment) {
		this.complaintMinDays = complaintMinDays;
		this.complaintMaxDays = complaintMaxDays;
		this.deliveryMinDays = deliveryMinDays;
		this.deliveryMaxDays = deliveryMaxDays;
		this.deliveryIntervalDays = deliveryIntervalDays;
		this.maxAttempts = maxAttempts;
		this.deliveryDepartment = deliveryDepartment;
	}

}
