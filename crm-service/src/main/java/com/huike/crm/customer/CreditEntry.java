package com.huike.crm.customer;

import java.math.BigDecimal;

import com.huike.crm.customer.domain.CreditRating;
import com.huike.crm.customer.domain.PaymentMethod;

/**
 * Credit standing, limit, payment terms and financial notes as entered (part 2 of the
 * archive). Every field is optional except that payment on account needs its term.
 */
public record CreditEntry(CreditRating creditRating, BigDecimal creditLimit, PaymentMethod paymentMethod,
		Integer paymentTermDays, String financialRecords, String bankNotes) {

}
