package com.huike.crm.care;

import java.time.LocalDate;

import com.huike.crm.care.domain.CareTaskKind;

/**
 * A task another feature puts on a manager's agenda (e.g. 告知到货).
 *
 * @param customerId the customer
 * @param ownerId the manager who is to act (the customer's owner)
 * @param kind what it is about
 * @param occasionDate the day of the occasion
 * @param ref what makes it unique besides customer, kind and day
 * @param detail a short text shown with it (e.g. the product)
 * @param dueDate when it is due
 */
public record NewCareTask(Long customerId, Long ownerId, CareTaskKind kind, LocalDate occasionDate, long ref,
		String detail, LocalDate dueDate) {
}
