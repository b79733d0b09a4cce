package com.huike.crm.care;

import java.time.LocalDate;
import java.util.List;

/**
 * The open care tasks of a viewer's customers: overdue, due today, and due in the coming
 * days. Each list holds at most a page of rows; the counts are complete.
 *
 * @param today the day the lists refer to
 * @param overdue due before today, oldest first
 * @param dueToday due today
 * @param upcoming due after today within the horizon
 * @param overdueCount all overdue
 * @param dueTodayCount all due today
 * @param upcomingCount all upcoming
 * @param upcomingDays the horizon of "upcoming" in days
 */
public record CareTaskList(LocalDate today, List<CareTaskView> overdue, List<CareTaskView> dueToday,
		List<CareTaskView> upcoming, long overdueCount, long dueTodayCount, long upcomingCount, int upcomingDays) {

	public long openCount() {
		return overdueCount + dueTodayCount + upcomingCount;
	}

	public boolean isEmpty() {
		return openCount() == 0;
	}

}
