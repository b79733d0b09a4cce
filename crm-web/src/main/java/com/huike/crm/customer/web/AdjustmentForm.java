package com.huike.crm.customer.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.huike.crm.customer.AdjustmentEntry;
import com.huike.crm.customer.AdjustmentLine;
import com.huike.crm.customer.domain.AdjustmentKind;
import com.huike.crm.customer.domain.Responsibility;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A return, compensation or discount as typed into the form of part 4.
 */
record AdjustmentForm(
		@NotNull(message = "{parts.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
		@NotNull(message = "{parts.adjustment.kind.required}") AdjustmentKind kind,
		@NotBlank(message = "{parts.product.required}") @Size(max = 200, message = "{parts.size.max}") String product,
		@DecimalMin(value = "0", inclusive = false, message = "{parts.quantity.positive}") @Digits(integer = 10,
				fraction = 2, message = "{parts.quantity.digits}") BigDecimal quantity,
		@NotNull(message = "{parts.amount.required}") @DecimalMin(value = "0", inclusive = false,
				message = "{parts.amount.positive}") @DecimalMax(value = "9999999999.99",
						message = "{parts.money.range}") @Digits(integer = 10, fraction = 2,
								message = "{parts.money.range}") BigDecimal amount,
		@NotBlank(message = "{parts.adjustment.reason.required}") @Size(max = 1000,
				message = "{parts.size.max}") String reason,
		@NotNull(message = "{parts.adjustment.responsibility.required}") Responsibility responsibility,
		@Size(max = 500, message = "{parts.size.max}") String responsibilityNote,
		Long version) implements ArchiveEntryForm<AdjustmentEntry> {

	static AdjustmentForm empty(LocalDate today) {
		return new AdjustmentForm(today, AdjustmentKind.RETURN, "", null, null, "", null, "", null);
	}

	static AdjustmentForm of(AdjustmentLine line) {
		return new AdjustmentForm(line.date(), line.kind(), line.product(), line.quantity(), line.amount(),
				line.reason(), line.responsibility(), line.responsibilityNote(), line.version());
	}

	@Override
	public AdjustmentEntry toEntry() {
		return new AdjustmentEntry(date, kind, product, quantity, amount, reason, responsibility, responsibilityNote);
	}

}
