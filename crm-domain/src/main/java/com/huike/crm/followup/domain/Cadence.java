package com.huike.crm.followup.domain;

import com.huike.crm.customer.domain.Grade;
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
 * How often a customer of a grade must be followed up by an activity, in days. A visit
 * cadence may be empty (no regular visits for that grade); a follow-up cadence never is.
 */
@Entity
@Table(name = "follow_up_cadence")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Cadence {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private Activity activity;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 1, updatable = false)
	private Grade grade;

	private Integer days;

	@Version
	private long version;

	public Cadence(Activity activity, Grade grade, Integer days) {
		if (activity == null || grade == null) {
			throw new IllegalArgumentException("activity and grade are required");
		}
		this.activity = activity;
		this.grade = grade;
		change(days);
	}

	public void change(Integer days) {
		if (days != null && days < 1) {
			throw new IllegalArgumentException("a cadence is at least one day");
		}
		if (days == null && activity == Activity.FOLLOW_UP) {
			throw new IllegalArgumentException("every grade needs a follow-up cadence");
		}
		this.days = days;
	}

}
