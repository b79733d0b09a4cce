package com.huike.crm.customer.domain;

import java.math.BigDecimal;

/**
 * How many returns, compensations or discounts a customer had, and their summed amount.
 */
public record AdjustmentTotals(AdjustmentKind kind, Long count, BigDecimal amount) {

	public AdjustmentTotals {
		count = (count != null) ? count : 0L;
		amount = (amount != null) ? amount : BigDecimal.ZERO;
	}

}
