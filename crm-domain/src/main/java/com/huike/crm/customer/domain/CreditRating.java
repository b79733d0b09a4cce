package com.huike.crm.customer.domain;

/**
 * 信用等级, from AAA (excellent) down to C (do not sell on credit).
 */
public enum CreditRating {

	AAA, AA, A, B, C

}
