package com.huike.crm.customer;

import java.time.LocalDate;

import com.huike.crm.customer.domain.ReportKind;

/**
 * A visit or survey report as written (part 1 of the archive).
 */
public record ReportEntry(LocalDate date, ReportKind kind, String title, String content) {

}
