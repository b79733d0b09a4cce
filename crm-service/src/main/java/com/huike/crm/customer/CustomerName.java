package com.huike.crm.customer;

/**
 * How lists of other features name a customer: code, name and the current owner.
 */
public record CustomerName(Long id, String code, String name, Long ownerId) {

}
