package com.huike.crm.revisit;

import java.time.LocalDate;

import com.huike.crm.revisit.domain.RevisitKind;
import com.huike.crm.revisit.domain.TimeSlot;

/** A revisit of the queue: whom to call, when, why, and how many calls were made. */
public record RevisitQueueEntry(Long id, RevisitKind kind, String callerName, String phone, String department,
		LocalDate dueOn, TimeSlot slot, LocalDate latestOn, int attempts, TimeSlot lastSlot, boolean overdue,
		boolean due) {

}
