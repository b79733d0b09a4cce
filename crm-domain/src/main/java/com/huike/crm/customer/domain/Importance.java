package com.huike.crm.customer.domain;

/**
 * 重要性 (seed 003, second view): by the deal size or business potential — 重要客户 / 非重要客户.
 */
public enum Importance {

	IMPORTANT, ORDINARY

}
