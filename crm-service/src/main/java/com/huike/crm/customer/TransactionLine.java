package com.huike.crm.customer;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A purchase as the archive shows it.
 */
public record TransactionLine(Long id, LocalDate date, String product, String model, String colourStyle,
		BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount, String note, long version) {

}
