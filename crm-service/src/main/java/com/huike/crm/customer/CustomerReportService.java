package com.huike.crm.customer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.huike.crm.customer.domain.CustomerReport;
import com.huike.crm.customer.domain.CustomerReportRepository;
import com.huike.crm.identity.IdentityService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Part 1 of the archive (客户基础资料): the visit and survey reports of the sales staff. The
 * author is the signed-in user who writes the report (its creator, recorded by auditing).
 */
@Service
@Transactional(readOnly = true)
public class CustomerReportService extends ArchiveEntryService<CustomerReport, ReportEntry, ReportLine, Void> {

	static final String SECTION = "reports";

	private static final Map<String, String> SORTS = Map.of("date", "reportDate", "kind", "kind", "title", "title");

	private final IdentityService identity;

	public CustomerReportService(CustomerReportRepository reports, ArchivePartAccess access, IdentityService identity) {
		super(access, reports, SECTION, "report", SORTS, "reportDate");
		this.identity = identity;
	}

	@Override
	CustomerReport create(Long customerId, ReportEntry entry) {
		return new CustomerReport(customerId, entry.date(), entry.kind(), entry.title(), entry.content());
	}

	@Override
	void change(CustomerReport report, ReportEntry entry) {
		report.revise(entry.date(), entry.kind(), entry.title(), entry.content());
	}

	@Override
	void check(ReportEntry entry) {
		access.notInFuture(entry.date(), "date");
	}

	@Override
	List<ReportLine> lines(List<CustomerReport> entries) {
		Set<Long> authors = entries.stream().map(CustomerReport::getAuthorId).collect(Collectors.toSet());
		Map<Long, String> names = identity.displayNames(authors);
		return entries.stream()
			.map(r -> new ReportLine(r.getId(), r.getReportDate(), r.getKind(), r.getAuthorId(),
					names.get(r.getAuthorId()), r.getTitle(), r.getContent(), r.getUpdatedAt(), r.getVersion()))
			.toList();
	}

}
