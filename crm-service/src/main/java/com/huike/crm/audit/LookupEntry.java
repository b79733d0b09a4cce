package com.huike.crm.audit;

import java.time.Instant;

/**
 * A call-center search as the administrators' log shows it.
 */
public record LookupEntry(Long id, Instant searchedAt, Long userId, String username, String userDisplayName,
		String query, int matches, boolean capped) {

}
