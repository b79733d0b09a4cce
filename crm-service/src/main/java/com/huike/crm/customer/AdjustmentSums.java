package com.huike.crm.customer;

import java.util.List;

import com.huike.crm.customer.domain.AdjustmentTotals;
import com.huike.crm.customer.domain.PartTotals;

/**
 * The totals of a customer's returns, compensations and discounts: over all of them, and
 * per kind (kinds without entries left out).
 */
public record AdjustmentSums(PartTotals all, List<AdjustmentTotals> byKind) {

}
