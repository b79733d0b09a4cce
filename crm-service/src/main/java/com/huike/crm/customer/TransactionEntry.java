package com.huike.crm.customer;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A purchase as entered (part 3 of the archive). A null amount is computed from quantity
 * and unit price; a given one must match them.
 */
public record TransactionEntry(LocalDate date, String product, String model, String colourStyle, BigDecimal quantity,
		BigDecimal unitPrice, BigDecimal amount, String note) {

}
