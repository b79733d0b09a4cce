package com.huike.crm.care;

import java.time.LocalDate;
import java.util.List;

/**
 * The open care tasks of a viewer's customers: overdue, due today, and due in the coming
 * days. Each list holds at most a page of rows; the counts are complete.
 *
 * @param today the day the lists refer to
 * @param overdue the occasion has passed undone, oldest first
 * @param dueToday due (today or before), the occasion today or ahead
 * @param upcoming due after today within the horizon
 * @param overdueCount all overdue
 * @param dueTodayCount all due today
 * @param upcomingCount all upcoming
 * @param upcomingDays the horizon of "upcoming" in days
 */
public record CareTaskList(LocalDate today, List<CareTaskView> overdue, List<CareTaskView> dueToday,
		List<CareTaskView> upcoming, long overdueCount, long dueTodayCount, long upcomingCount, int upcomingDays) {

	/**
	 * Days from today to the task's occasion: 0 today, 1 tomorrow, negative when it has
	 * passed. Lists label a task by it (明天生日), not by its reminder date.
	 */
	public long daysUntil(CareTaskView task) {
		return java.time.temporal.ChronoUnit.DAYS.between(today, task.occasionDate());
	}

	public long openCount() {
		return overdueCount + dueTodayCount + upcomingCount;
	}

	public boolean isEmpty() {
		return openCount() == 0;
	}

}
