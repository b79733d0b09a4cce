package com.huike.crm.customer.domain;

/**
 * 客户等级 A–E (seed 003): A needs now and closes within a month … E has no need.
 */
public enum Grade {

	A, B, C, D, E

}
