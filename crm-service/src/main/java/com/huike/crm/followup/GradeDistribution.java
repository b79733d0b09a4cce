package com.huike.crm.followup;

import java.util.List;
import java.util.Map;

import com.huike.crm.customer.domain.Grade;

/**
 * How many customers of each grade every manager in the viewer's scope holds (the shape
 * of the book: 宝塔型 pyramid or 橄榄型 olive).
 */
public record GradeDistribution(List<Row> rows, Map<Grade, Long> totals, long total) {

	/** One manager's customers by grade. */
	public record Row(Long managerId, String managerName, Map<Grade, Long> counts, long total) {

		public long count(Grade grade) {
			return counts.getOrDefault(grade, 0L);
		}

		/** Share of the manager's customers in the grade, in whole percent. */
		public long percent(Grade grade) {
			return (total == 0) ? 0 : Math.round(100.0 * count(grade) / total);
		}

	}

	public long total(Grade grade) {
		return totals.getOrDefault(grade, 0L);
	}

}
