package com.huike.crm.audit;

import java.time.Instant;

import com.huike.crm.audit.domain.AccessPurpose;

/**
 * One access record as the admin page lists it.
 */
public record AccessLogEntry(Long id, Instant accessedAt, Long userId, String username, String userDisplayName,
		Long customerId, String customerCode, String customerName, AccessPurpose purpose) {

}
