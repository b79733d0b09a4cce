package com.huike.crm.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.huike.crm.customer.domain.Grade;

/**
 * The supervisor's view of the team's follow-ups: per manager, the overdue customers by
 * grade, the follow-ups logged this week and this month, and the customers never followed
 * up.
 */
public record TeamAgenda(LocalDate today, LocalDate weekStart, LocalDate monthStart, List<Row> rows) {

	/** One manager's figures. */
	public record Row(Long managerId, String managerName, Map<Grade, Long> overdueByGrade, long overdue,
			long followUpsThisWeek, long followUpsThisMonth, long neverFollowedUp, long customers) {

		public long overdue(Grade grade) {
			return overdueByGrade.getOrDefault(grade, 0L);
		}

	}

}
