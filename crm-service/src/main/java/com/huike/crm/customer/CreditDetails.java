package com.huike.crm.customer;

import java.math.BigDecimal;
import java.time.Instant;

import com.huike.crm.customer.domain.CreditRating;
import com.huike.crm.customer.domain.PaymentMethod;

/**
 * Part 2 of a customer's archive as it stands. {@code version} is null while nothing has
 * been recorded yet; {@code editable} tells whether the viewer may change it.
 */
public record CreditDetails(Long customerId, CreditRating creditRating, BigDecimal creditLimit,
		PaymentMethod paymentMethod, Integer paymentTermDays, String financialRecords, String bankNotes,
		Instant updatedAt, String updatedByName, Long version, boolean editable) {

	public boolean recorded() {
		return version != null;
	}

}
