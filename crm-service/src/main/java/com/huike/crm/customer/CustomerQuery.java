package com.huike.crm.customer;

import java.time.LocalDate;

import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;

/**
 * The search box and filters of the customer list; every part is optional.
 */
public record CustomerQuery(String q, Grade grade, Long ownerId, DealStatus dealStatus, String classification,
		LocalDate createdFrom, LocalDate createdTo, LocalDate updatedFrom, LocalDate updatedTo, Integer birthMonth) {

	public static CustomerQuery empty() {
		return new CustomerQuery(null, null, null, null, null, null, null, null, null, null);
	}

	public boolean hasText() {
		return q != null && !q.isBlank();
	}

}
