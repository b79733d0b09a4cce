package com.huike.crm.customer.domain;

import org.springframework.modulith.NamedInterface;

/**
 * 成交状态: 已成交 / 正在谈判 / 潜在.
 */
@NamedInterface("classification")
public enum DealStatus {

	CLOSED, NEGOTIATING, POTENTIAL

}
