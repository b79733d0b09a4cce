package com.huike.crm.customer;

/**
 * How to reach a customer, for another feature's list (the day's list of a visit plan):
 * code, name, owner, phones and the company address.
 */
public record CustomerContact(Long id, String code, String name, Long ownerId, String mobilePhone, String officePhone,
		String homePhone, String address) {

}
