package com.huike.crm.customer;

import java.time.Instant;
import java.time.LocalDate;

import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.identity.Viewer.CustomerAccess;

/**
 * The archive's head as the detail page shows it, with what the viewer may do with it.
 * {@code pendingVerification}: imported from a store's registration sheet and not yet
 * confirmed (待核实).
 */
public record CustomerDetails(Long id, String code, String name, String companyName, String mobilePhone,
		String officePhone, String homePhone, Long ownerId, String ownerName, Grade grade, DealStatus dealStatus,
		String classification, LocalDate birthDate, boolean birthLunar, int completeness, Instant createdAt,
		Instant updatedAt, long version, boolean pendingVerification, CustomerAccess access) {

}
