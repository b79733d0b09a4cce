package com.huike.crm.care;

import java.time.Instant;
import java.time.LocalDate;

import com.huike.crm.care.domain.CareChannel;
import com.huike.crm.care.domain.CareTaskKind;
import com.huike.crm.care.domain.CareTaskStatus;

/**
 * A care task as lists show it.
 *
 * @param id the task
 * @param customerId the customer
 * @param customerName the customer's name
 * @param customerCode the customer's code
 * @param ownerId the customer's current manager
 * @param ownerName that manager's name
 * @param kind what it is about
 * @param detail the child's name or the product, if any
 * @param occasionDate the day of the occasion
 * @param dueDate when the greeting is due
 * @param status OPEN, DONE or SKIPPED
 * @param channel how it was done
 * @param note the manager's note
 * @param closedAt when it was done or skipped
 * @param canAct true when the viewer may close it (the customer's manager)
 */
public record CareTaskView(Long id, Long customerId, String customerName, String customerCode, Long ownerId,
		String ownerName, CareTaskKind kind, String detail, LocalDate occasionDate, LocalDate dueDate,
		CareTaskStatus status, CareChannel channel, String note, Instant closedAt, boolean canAct) {

	public boolean isOpen() {
		return status == CareTaskStatus.OPEN;
	}

}
