package com.huike.crm.visitplan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** The one row of settings of plan generation: the most actions on one working day. */
@Entity
@Table(name = "visit_plan_settings")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class VisitPlanSettings {

	public static final short SINGLETON_ID = 1;

	public static final int MAX_PER_DAY_LIMIT = 100;

	@Id
	private Short id;

	@Column(name = "max_per_day", nullable = false)
	private int maxPerDay;

	@Version
	private long version;

	public void changeMaxPerDay(int maxPerDay) {
		if (maxPerDay < 1 || maxPerDay > MAX_PER_DAY_LIMIT) {
			throw new IllegalArgumentException("between 1 and " + MAX_PER_DAY_LIMIT);
		}
		this.maxPerDay = maxPerDay;
	}

}
