package com.huike.crm.customer;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.huike.crm.customer.domain.Customer;
import com.huike.crm.customer.domain.CustomerReport;
import com.huike.crm.customer.domain.CustomerReportRepository;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Part 1 of the archive (客户基础资料): the visit and survey reports of the sales staff. The
 * author is the signed-in user who writes the report (its creator, recorded by auditing).
 */
@Service
@Transactional(readOnly = true)
public class CustomerReportService {

	static final String SECTION = "reports";

	private static final Map<String, String> SORTS = Map.of("date", "reportDate", "kind", "kind", "title", "title");

	private final CustomerReportRepository reports;

	private final ArchivePartAccess access;

	private final IdentityService identity;

	public CustomerReportService(CustomerReportRepository reports, ArchivePartAccess access, IdentityService identity) {
		this.reports = reports;
		this.access = access;
		this.identity = identity;
	}

	public Page<ReportLine> list(Long customerId, Viewer viewer, Pageable pageable) {
		access.readable(customerId, viewer);
		Page<CustomerReport> page = reports.findByCustomerId(customerId, PartPaging.of(pageable, SORTS, "reportDate"));
		Set<Long> authors = page.stream().map(CustomerReport::getAuthorId).collect(Collectors.toSet());
		Map<Long, String> names = identity.displayNames(authors);
		return page.map(r -> line(r, names));
	}

	public ReportLine get(Long customerId, Long reportId, Viewer viewer) {
		access.readable(customerId, viewer);
		CustomerReport report = find(customerId, reportId);
		return line(report, identity.displayNames(Set.of(report.getAuthorId())));
	}

	@Transactional
	public Long add(Long customerId, ReportEntry entry, Viewer viewer) {
		Customer customer = access.editable(customerId, viewer);
		access.notInFuture(entry.date(), "date");
		CustomerReport report = reports
			.save(new CustomerReport(customerId, entry.date(), entry.kind(), entry.title(), entry.content()));
		access.recordChanges(customer, viewer, SECTION, prefix(report), Map.of(), report.fields());
		access.flush();
		return report.getId();
	}

	@Transactional
	public void revise(Long customerId, Long reportId, long version, ReportEntry entry, Viewer viewer) {
		Customer customer = access.editable(customerId, viewer);
		CustomerReport report = find(customerId, reportId);
		ArchivePartAccess.sameVersion(version, report.getVersion(), report::fields);
		access.notInFuture(entry.date(), "date");
		Map<String, String> before = report.fields();
		report.revise(entry.date(), entry.kind(), entry.title(), entry.content());
		access.recordChanges(customer, viewer, SECTION, prefix(report), before, report.fields());
		access.flush();
	}

	@Transactional
	public void delete(Long customerId, Long reportId, Viewer viewer) {
		Customer customer = access.editable(customerId, viewer);
		CustomerReport report = find(customerId, reportId);
		access.recordChanges(customer, viewer, SECTION, prefix(report), report.fields(), Map.of());
		reports.delete(report);
		access.flush();
	}

	private CustomerReport find(Long customerId, Long reportId) {
		return reports.findByIdAndCustomerId(reportId, customerId)
			.orElseThrow(() -> new NotFoundException("report", reportId));
	}

	private static String prefix(CustomerReport report) {
		return "report#" + report.getId();
	}

	private static ReportLine line(CustomerReport r, Map<Long, String> names) {
		return new ReportLine(r.getId(), r.getReportDate(), r.getKind(), r.getAuthorId(), names.get(r.getAuthorId()),
				r.getTitle(), r.getContent(), r.getUpdatedAt(), r.getVersion());
	}

}
