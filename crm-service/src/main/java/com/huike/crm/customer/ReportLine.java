package com.huike.crm.customer;

import java.time.Instant;
import java.time.LocalDate;

import com.huike.crm.customer.domain.ReportKind;

/**
 * A visit or survey report as the archive shows it.
 */
public record ReportLine(Long id, LocalDate date, ReportKind kind, Long authorId, String authorName, String title,
		String content, Instant updatedAt, long version) {

}
