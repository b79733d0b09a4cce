package com.huike.crm.customer.domain;

/**
 * 成交状态: 已成交 / 正在谈判 / 潜在.
 */
public enum DealStatus {

	CLOSED, NEGOTIATING, POTENTIAL

}
