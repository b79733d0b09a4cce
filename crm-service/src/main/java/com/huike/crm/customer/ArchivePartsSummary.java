package com.huike.crm.customer;

import java.util.List;

import com.huike.crm.customer.domain.AdjustmentTotals;
import com.huike.crm.customer.domain.PartTotals;

/**
 * The four archive parts of one customer at a glance, for the archive's detail page.
 *
 * @param customerId the customer
 * @param reports count and newest date of the visit and survey reports
 * @param credit the credit record (version null when none yet)
 * @param transactions count, amount and newest date of the purchases
 * @param adjustments count, amount and newest date of returns, compensations, discounts
 * @param adjustmentsByKind the same per kind
 */
public record ArchivePartsSummary(Long customerId, PartTotals reports, CreditDetails credit, PartTotals transactions,
		PartTotals adjustments, List<AdjustmentTotals> adjustmentsByKind) {

}
