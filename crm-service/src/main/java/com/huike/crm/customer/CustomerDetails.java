package com.huike.crm.customer;

import java.time.Instant;
import java.time.LocalDate;

import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.identity.Viewer.CustomerAccess;

/**
 * The archive's head as the detail page shows it, with what the viewer may do with it.
 */
public record CustomerDetails(Long id, String code, String name, String companyName, String mobilePhone,
		String officePhone, String homePhone, Long ownerId, String ownerName, Grade grade, DealStatus dealStatus,
		String classification, LocalDate birthDate, boolean birthLunar, int completeness, Instant createdAt,
		Instant updatedAt, long version, CustomerAccess access) {

}
