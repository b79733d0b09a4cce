package com.huike.crm.visitplan;

import java.time.LocalDate;
import java.util.List;

/** The day's list of one manager's plan. */
public record DailyList(Long planId, long planVersion, Long managerId, String managerName, LocalDate day,
		boolean canMarkDone, boolean canReorder, List<DailyListEntry> entries) {

}
