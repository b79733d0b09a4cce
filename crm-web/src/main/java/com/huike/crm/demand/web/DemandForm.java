package com.huike.crm.demand.web;

import java.time.LocalDate;

import com.huike.crm.demand.DemandService;
import com.huike.crm.demand.NewDemand;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The demand registration form: which customer (by code), what, how many, since when.
 */
record DemandForm(@NotBlank(message = "{demand.customer.required}") @Size(max = 40) String customerCode,
		@NotBlank(message = "{demand.product.required}") @Size(max = 200,
				message = "{demand.product.tooLong}") String product,
		@NotNull(message = "{demand.quantity.required}") @Min(value = 1, message = "{demand.quantity.range}") @Max(
				value = DemandService.MAX_QUANTITY, message = "{demand.quantity.range}") Integer quantity,
		@NotNull(message = "{demand.requestedOn.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate requestedOn,
		@Size(max = 500, message = "{demand.note.tooLong}") String note) {

	NewDemand toCommand() {
		return new NewDemand(null, customerCode, product, quantity, requestedOn, note);
	}

}
