package com.huike.crm.demand.web;

import java.time.LocalDate;

import com.huike.crm.demand.NewDemand;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The demand registration form: which customer (found by the customer search, then
 * chosen), what, how many, since when. The quantity is bound as text so that the form
 * shows back whatever was typed; so is the search.
 */
record DemandForm(@Size(max = 100, message = "{demand.customer.search.tooLong}") String customerQuery,
		@NotNull(message = "{demand.customer.required}") Long customerId,
		@NotBlank(message = "{demand.product.required}") @Size(max = 200,
				message = "{demand.product.tooLong}") String product,
		@NotBlank(message = "{demand.quantity.required}") @Pattern(regexp = "^\\s*\\d{1,9}\\s*$",
				message = "{demand.quantity.whole}") String quantity,
		@NotNull(message = "{demand.requestedOn.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) LocalDate requestedOn,
		@Size(max = 500, message = "{demand.note.tooLong}") String note) {

	/** The quantity is checked by the pattern above, its range by the service. */
	NewDemand toCommand() {
		return new NewDemand(customerId, null, product, Integer.valueOf(quantity.strip()), requestedOn, note);
	}

}
