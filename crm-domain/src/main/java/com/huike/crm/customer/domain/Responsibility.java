package com.huike.crm.customer.domain;

/**
 * 责任认定: who was found responsible for a return, compensation or discount.
 */
public enum Responsibility {

	OURS, CUSTOMER, LOGISTICS, OTHER

}
