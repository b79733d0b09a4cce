package com.huike.crm.care;

import java.time.Instant;

import com.huike.crm.care.domain.CareTaskKind;
import com.huike.crm.care.domain.CareTaskStatus;

/**
 * A care task was done or skipped. Published inside the closing transaction, so that a
 * listener (the demand registration of a DEMAND_ARRIVED task) changes with it.
 *
 * @param taskId the task
 * @param customerId its customer
 * @param kind what it was about
 * @param ref the child index or the demand registration id (see {@code care_task.ref})
 * @param status DONE or SKIPPED
 * @param by who closed it
 * @param at when
 */
public record CareTaskClosed(Long taskId, Long customerId, CareTaskKind kind, long ref, CareTaskStatus status, Long by,
		Instant at) {
}
