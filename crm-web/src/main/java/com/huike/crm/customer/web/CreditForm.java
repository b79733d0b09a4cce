package com.huike.crm.customer.web;

import java.math.BigDecimal;

import com.huike.crm.customer.CreditDetails;
import com.huike.crm.customer.CreditEntry;
import com.huike.crm.customer.domain.CreditRating;
import com.huike.crm.customer.domain.PaymentMethod;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * Credit standing, limit, payment terms and financial notes as typed into the form of
 * part 2, with the version the form was opened at (empty while nothing is recorded).
 */
record CreditForm(CreditRating creditRating,
		@DecimalMin(value = "0", message = "{parts.money.range}") @DecimalMax(value = "9999999999.99",
				message = "{parts.money.range}") @Digits(
						integer = 10, fraction = 2, message = "{parts.money.range}") BigDecimal creditLimit,
		PaymentMethod paymentMethod,
		@Min(value = 0, message = "{parts.credit.paymentTermDays.range}") @Max(value = 365,
				message = "{parts.credit.paymentTermDays.range}") Integer paymentTermDays,
		@Size(max = 5000, message = "{parts.size.max}") String financialRecords,
		@Size(max = 2000, message = "{parts.size.max}") String bankNotes, Long version) {

	static CreditForm of(CreditDetails credit) {
		return new CreditForm(credit.creditRating(), credit.creditLimit(), credit.paymentMethod(),
				credit.paymentTermDays(), credit.financialRecords(), credit.bankNotes(), credit.version());
	}

	CreditEntry toEntry() {
		return new CreditEntry(creditRating, creditLimit, paymentMethod, paymentTermDays, financialRecords, bankNotes);
	}

}
