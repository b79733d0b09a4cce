package com.huike.crm.customer;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.huike.crm.customer.domain.AdjustmentKind;
import com.huike.crm.customer.domain.Responsibility;

/**
 * A return, compensation or discount as the archive shows it.
 */
public record AdjustmentLine(Long id, LocalDate date, AdjustmentKind kind, String product, BigDecimal quantity,
		BigDecimal amount, String reason, Responsibility responsibility, String responsibilityNote, long version) {

}
