package com.huike.crm.customer;

import java.util.Comparator;
import java.util.Optional;

import com.huike.crm.customer.domain.AdjustmentTotals;
import com.huike.crm.customer.domain.CustomerAdjustmentRepository;
import com.huike.crm.customer.domain.CustomerReportRepository;
import com.huike.crm.customer.domain.CustomerTransactionRepository;
import com.huike.crm.customer.domain.PartTotals;
import com.huike.crm.identity.Viewer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The four archive parts together: the summary the detail page shows.
 */
@Service
@Transactional(readOnly = true)
public class ArchivePartsService {

	private final ArchivePartAccess access;

	private final CustomerReportRepository reports;

	private final CustomerCreditService credit;

	private final CustomerTransactionRepository transactions;

	private final CustomerAdjustmentRepository adjustments;

	public ArchivePartsService(ArchivePartAccess access, CustomerReportRepository reports, CustomerCreditService credit,
			CustomerTransactionRepository transactions, CustomerAdjustmentRepository adjustments) {
		this.access = access;
		this.reports = reports;
		this.credit = credit;
		this.transactions = transactions;
		this.adjustments = adjustments;
	}

	/**
	 * The summary, or empty when the viewer may not read this archive's parts (the call
	 * center sees contact fields only).
	 */
	public Optional<ArchivePartsSummary> summary(Long customerId, Viewer viewer) {
		if (access.findReadable(customerId, viewer).isEmpty()) {
			return Optional.empty();
		}
		PartTotals reportTotals = new PartTotals(reports.countByCustomerId(customerId), null, null,
				reports.latestDate(customerId).orElse(null));
		return Optional.of(new ArchivePartsSummary(customerId, reportTotals, credit.get(customerId, viewer),
				transactions.totals(customerId), adjustments.totals(customerId),
				adjustments.totalsByKind(customerId)
					.stream()
					.sorted(Comparator.comparing(AdjustmentTotals::kind))
					.toList()));
	}

}
