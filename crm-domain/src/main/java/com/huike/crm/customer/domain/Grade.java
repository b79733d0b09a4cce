package com.huike.crm.customer.domain;

import org.springframework.modulith.NamedInterface;

/**
 * 客户等级 A–E (seed 003): A needs now and closes within a month … E has no need.
 */
@NamedInterface("classification")
public enum Grade {

	A, B, C, D, E

}
