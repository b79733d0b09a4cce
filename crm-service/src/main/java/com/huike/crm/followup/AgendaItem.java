package com.huike.crm.followup;

import java.time.Instant;
import java.time.LocalDate;

import com.huike.crm.customer.domain.Grade;

/**
 * A customer due for a follow-up, as a row of the agenda.
 *
 * @param daysOverdue days the due date lies behind today (0 when due today or later)
 */
public record AgendaItem(Long customerId, String code, String name, String companyName, String mobilePhone, Grade grade,
		LocalDate dueOn, Instant lastFollowUpAt, long daysOverdue) {

}
