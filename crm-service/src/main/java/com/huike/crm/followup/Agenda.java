package com.huike.crm.followup;

import java.time.LocalDate;

import org.springframework.data.domain.Page;

/**
 * A manager's agenda (今日待办): what is due today, what is overdue (by grade, then the
 * longest overdue first) and what falls due in the next seven days. Each list is a page
 * with its exact total.
 */
public record Agenda(Long managerId, String managerName, LocalDate today, Page<AgendaItem> dueToday,
		Page<AgendaItem> overdue, Page<AgendaItem> upcoming) {

	public long dueTodayCount() {
		return dueToday.getTotalElements();
	}

	public long overdueCount() {
		return overdue.getTotalElements();
	}

	public long upcomingCount() {
		return upcoming.getTotalElements();
	}

	/** What the navigation bar shows: due today plus overdue. */
	public long dueCount() {
		return dueTodayCount() + overdueCount();
	}

}
