package com.huike.crm.customer;

import java.time.Instant;

import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;

/**
 * A customer as a list row shows it. Call-center viewers get only name, code, phones and
 * owner.
 */
public record CustomerSummary(Long id, String code, String name, String companyName, String mobilePhone,
		String officePhone, Long ownerId, String ownerName, Grade grade, DealStatus dealStatus, String classification,
		int completeness, Instant updatedAt) {

}
