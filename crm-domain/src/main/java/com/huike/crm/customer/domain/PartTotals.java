package com.huike.crm.customer.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Totals over all entries of one archive part of one customer (not just the shown page).
 *
 * @param count how many entries
 * @param quantity the summed quantities (zero when there are none)
 * @param amount the summed amounts (zero when there are none)
 * @param latest the date of the newest entry, or null
 */
public record PartTotals(Long count, BigDecimal quantity, BigDecimal amount, LocalDate latest) {

	public PartTotals {
		count = (count != null) ? count : 0L;
		quantity = (quantity != null) ? quantity : BigDecimal.ZERO;
		amount = (amount != null) ? amount : BigDecimal.ZERO;
	}

}
