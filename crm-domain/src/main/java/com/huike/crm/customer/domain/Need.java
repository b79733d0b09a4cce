package com.huike.crm.customer.domain;

import org.springframework.modulith.NamedInterface;

/**
 * 需求状况 (seed 003, fourth view): 目标客户 needs now, 潜在客户 needs later, 死亡客户 will not need
 * anything.
 */
@NamedInterface("classification")
public enum Need {

	TARGET, POTENTIAL, DEAD

}
