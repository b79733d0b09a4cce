package com.huike.crm.care;

import java.time.Instant;
import java.time.LocalDate;

import com.huike.crm.care.domain.CareChannel;
import com.huike.crm.care.domain.CareTaskKind;
import com.huike.crm.care.domain.CareTaskStatus;

/**
 * A done or skipped care task on the customer's timeline.
 *
 * @param taskId the task
 * @param kind what it was about
 * @param detail the child's name or the product, if any
 * @param occasionDate the day of the occasion
 * @param status DONE or SKIPPED
 * @param channel how it was done (DONE only)
 * @param note the manager's note
 * @param at when it was done or skipped (the timeline's time)
 * @param byId who did it
 * @param byName their name
 */
public record CareTimelineEntry(Long taskId, CareTaskKind kind, String detail, LocalDate occasionDate,
		CareTaskStatus status, CareChannel channel, String note, Instant at, Long byId, String byName) {
}
