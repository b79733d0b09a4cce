package com.huike.crm.customer.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import com.huike.crm.shared.domain.CustomerEntry;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * Part 2 of the archive (信誉、财务记录及付款方式): the customer's credit standing, credit limit,
 * payment terms and financial notes. One per customer, edited as a whole under optimistic
 * locking.
 */
@Entity
@Table(name = "customer_credit")
@AttributeOverride(name = "customerId",
		column = @Column(name = "customer_id", nullable = false, unique = true, updatable = false))
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CustomerCredit extends CustomerEntry {

	/** Longest payment term (账期) accepted, in days. */
	public static final int MAX_TERM_DAYS = 365;

	@Enumerated(EnumType.STRING)
	@Column(name = "credit_rating")
	private CreditRating creditRating;

	@Column(name = "credit_limit")
	private BigDecimal creditLimit;

	@Enumerated(EnumType.STRING)
	@Column(name = "payment_method")
	private PaymentMethod paymentMethod;

	@Column(name = "payment_term_days")
	private Integer paymentTermDays;

	@Column(name = "financial_records")
	private String financialRecords;

	@Column(name = "bank_notes")
	private String bankNotes;

	public CustomerCredit(Long customerId) {
		super(customerId);
	}

	public void revise(CreditRating creditRating, BigDecimal creditLimit, PaymentMethod paymentMethod,
			Integer paymentTermDays, String financialRecords, String bankNotes) {
		if (paymentTermDays != null && (paymentTermDays < 0 || paymentTermDays > MAX_TERM_DAYS)) {
			throw new IllegalArgumentException("payment term out of range: " + paymentTermDays);
		}
		this.creditRating = creditRating;
		this.creditLimit = (creditLimit != null) ? PartValues.money(creditLimit, "credit limit", true) : null;
		this.paymentMethod = paymentMethod;
		this.paymentTermDays = paymentTermDays;
		this.financialRecords = PartValues.blankToNull(financialRecords);
		this.bankNotes = PartValues.blankToNull(bankNotes);
	}

	@Override
	public Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("creditRating", PartValues.text(creditRating));
		fields.put("creditLimit", PartValues.text(creditLimit));
		fields.put("paymentMethod", PartValues.text(paymentMethod));
		fields.put("paymentTermDays", PartValues.text(paymentTermDays));
		fields.put("financialRecords", financialRecords);
		fields.put("bankNotes", bankNotes);
		return fields;
	}

}
