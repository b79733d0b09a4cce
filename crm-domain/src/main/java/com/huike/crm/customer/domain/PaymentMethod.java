package com.huike.crm.customer.domain;

/**
 * 付款方式: how the customer pays; {@link #ON_ACCOUNT} goes with a payment term (账期).
 */
public enum PaymentMethod {

	PREPAYMENT, CASH_ON_DELIVERY, ON_ACCOUNT, BANK_ACCEPTANCE

}
