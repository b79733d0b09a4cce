package com.huike.crm.customer;

import java.util.List;

import com.huike.crm.customer.domain.AdjustmentTotals;
import com.huike.crm.customer.domain.PartTotals;

import org.springframework.data.domain.Page;

/**
 * One page of a customer's returns, compensations and discounts, with the totals over all
 * of them and per kind.
 */
public record AdjustmentPage(Page<AdjustmentLine> lines, PartTotals totals, List<AdjustmentTotals> byKind) {

}
