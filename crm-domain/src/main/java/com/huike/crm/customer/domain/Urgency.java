package com.huike.crm.customer.domain;

import org.springframework.modulith.NamedInterface;

/**
 * 紧急程度 (seed 003, third view): when the customer must be acted on — 紧急 within a week, 缓急
 * in one week to one month, 不紧急 in one to three months, 潜在 after three months.
 */
@NamedInterface("classification")
public enum Urgency {

	URGENT, PRESSING, NOT_URGENT, LATENT

}
