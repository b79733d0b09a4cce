package com.huike.crm.followup;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;

/**
 * A manager's agenda (今日待办): what is due today, what is overdue (by grade, then the
 * longest overdue first, paged), and what falls due in the next seven days. The lists of
 * today and the coming days are capped at {@link AgendaService#LIST_LIMIT} rows; the
 * counts are exact.
 */
public record Agenda(Long managerId, String managerName, LocalDate today, List<AgendaItem> dueToday, long dueTodayCount,
		Page<AgendaItem> overdue, List<AgendaItem> upcoming, long upcomingCount) {

	public long overdueCount() {
		return overdue.getTotalElements();
	}

	/** What the navigation bar shows: due today plus overdue. */
	public long dueCount() {
		return dueTodayCount + overdueCount();
	}

}
