package com.huike.crm.audit;

import java.time.Instant;

/**
 * A list exported as the administrators' log shows it.
 */
public record ExportEntry(Long id, Instant exportedAt, Long userId, String username, String userDisplayName,
		String list, String filters, String format, int rows) {

}
