package com.huike.crm.complaint.domain;

import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * The one row of the complaint settings: the default department (when no routing rule
 * holds), the risk signal's threshold (complaints of a risk category about a customer
 * within so many days), the working hours of a working day, and the deadline of each
 * severity.
 */
@Entity
@Table(name = "complaint_settings")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ComplaintSettings {

	public static final short SINGLETON_ID = 1;

	@Id
	private Short id;

	@Column(name = "default_department_id")
	private Long defaultDepartmentId;

	@Column(name = "risk_threshold")
	private int riskThreshold;

	@Column(name = "risk_days")
	private int riskDays;

	@Column(name = "work_start")
	private LocalTime workStart;

	@Column(name = "work_end")
	private LocalTime workEnd;

	@Column(name = "urgent_amount")
	private int urgentAmount;

	@Enumerated(EnumType.STRING)
	@Column(name = "urgent_unit")
	private DeadlineUnit urgentUnit;

	@Column(name = "high_amount")
	private int highAmount;

	@Enumerated(EnumType.STRING)
	@Column(name = "high_unit")
	private DeadlineUnit highUnit;

	@Column(name = "normal_amount")
	private int normalAmount;

	@Enumerated(EnumType.STRING)
	@Column(name = "normal_unit")
	private DeadlineUnit normalUnit;

	@Column(name = "low_amount")
	private int lowAmount;

	@Enumerated(EnumType.STRING)
	@Column(name = "low_unit")
	private DeadlineUnit lowUnit;

	@Version
	private long version;

	public int amountOf(Severity severity) {
		return switch (severity) {
			case URGENT -> urgentAmount;
			case HIGH -> highAmount;
			case NORMAL -> normalAmount;
			case LOW -> lowAmount;
		};
	}

	public DeadlineUnit unitOf(Severity severity) {
		return switch (severity) {
			case URGENT -> urgentUnit;
			case HIGH -> highUnit;
			case NORMAL -> normalUnit;
			case LOW -> lowUnit;
		};
	}

	public void change(Long defaultDepartmentId, int riskThreshold, int riskDays, LocalTime workStart,
			LocalTime workEnd) {
		this.defaultDepartmentId = defaultDepartmentId;
		this.riskThreshold = riskThreshold;
		this.riskDays = riskDays;
		this.workStart = workStart;
		this.workEnd = workEnd;
	}

	public void deadline(Severity severity, int amount, DeadlineUnit unit) {
		switch (severity) {
			case URGENT -> {
				urgentAmount = amount;
				urgentUnit = unit;
			}
			case HIGH -> {
				highAmount = amount;
				highUnit = unit;
			}
			case NORMAL -> {
				normalAmount = amount;
				normalUnit = unit;
			}
			case LOW -> {
				lowAmount = amount;
				lowUnit = unit;
			}
		}
	}

}
