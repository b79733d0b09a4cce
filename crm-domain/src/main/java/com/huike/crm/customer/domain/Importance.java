package com.huike.crm.customer.domain;

import org.springframework.modulith.NamedInterface;

/**
 * 重要性 (seed 003, second view): by the deal size or business potential — 重要客户 / 非重要客户.
 */
@NamedInterface("classification")
public enum Importance {

	IMPORTANT, ORDINARY

}
