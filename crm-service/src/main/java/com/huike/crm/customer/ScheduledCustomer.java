package com.huike.crm.customer;

import java.time.Instant;
import java.time.LocalDate;

import com.huike.crm.customer.domain.Grade;

/**
 * A customer on a manager's schedule: who to follow up, when it is due, when last seen.
 */
public record ScheduledCustomer(Long id, String code, String name, String companyName, String mobilePhone, Grade grade,
		LocalDate nextFollowUpOn, Instant lastFollowUpAt) {

}
