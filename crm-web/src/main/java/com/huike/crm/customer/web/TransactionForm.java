package com.huike.crm.customer.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.huike.crm.customer.TransactionEntry;
import com.huike.crm.customer.TransactionLine;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A purchase as typed into the form of part 3 ({@code version} is set when editing).
 */
record TransactionForm(
		@NotNull(message = "{parts.date.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
		@NotBlank(message = "{parts.product.required}") @Size(max = 200, message = "{parts.size.max}") String product,
		@Size(max = 100, message = "{parts.size.max}") String model,
		@Size(max = 100, message = "{parts.size.max}") String colourStyle,
		@NotNull(message = "{parts.quantity.required}") @DecimalMin(value = "0", inclusive = false,
				message = "{parts.quantity.positive}") @Digits(integer = 10, fraction = 2,
						message = "{parts.quantity.digits}") BigDecimal quantity,
		@NotNull(message = "{parts.unitPrice.required}") @DecimalMin(value = "0",
				message = "{parts.money.range}") @DecimalMax(value = "9999999999.99",
						message = "{parts.money.range}") @Digits(integer = 10, fraction = 2,
								message = "{parts.money.range}") BigDecimal unitPrice,
		@DecimalMin(value = "0", message = "{parts.money.range}") @Digits(integer = 12, fraction = 2,
				message = "{parts.money.range}") BigDecimal amount,
		@Size(max = 500, message = "{parts.size.max}") String note,
		Long version) implements ArchiveEntryForm<TransactionEntry> {

	static TransactionForm empty(LocalDate today) {
		return new TransactionForm(today, "", "", "", null, null, null, "", null);
	}

	static TransactionForm of(TransactionLine line) {
		return new TransactionForm(line.date(), line.product(), line.model(), line.colourStyle(), line.quantity(),
				line.unitPrice(), line.amount(), line.note(), line.version());
	}

	@Override
	public TransactionEntry toEntry() {
		return new TransactionEntry(date, product, model, colourStyle, quantity, unitPrice, amount, note);
	}

}
