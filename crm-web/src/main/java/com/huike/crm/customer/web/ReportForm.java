package com.huike.crm.customer.web;

import java.time.LocalDate;

import com.huike.crm.customer.ReportEntry;
import com.huike.crm.customer.ReportLine;
import com.huike.crm.customer.domain.ReportKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A visit or survey report as typed into the form of part 1.
 */
record ReportForm(
		@NotNull(message = "{parts.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
		@NotNull(message = "{parts.report.kind.required}") ReportKind kind,
		@NotBlank(message = "{parts.report.title.required}") @Size(max = 200,
				message = "{parts.size.max}") String title,
		@NotBlank(message = "{parts.report.content.required}") @Size(max = 20000,
				message = "{parts.size.max}") String content,
		Long version) implements ArchiveEntryForm<ReportEntry> {

	static ReportForm empty(LocalDate today) {
		return new ReportForm(today, ReportKind.VISIT, "", "", null);
	}

	static ReportForm of(ReportLine line) {
		return new ReportForm(line.date(), line.kind(), line.title(), line.content(), line.version());
	}

	@Override
	public ReportEntry toEntry() {
		return new ReportEntry(date, kind, title, content);
	}

}
