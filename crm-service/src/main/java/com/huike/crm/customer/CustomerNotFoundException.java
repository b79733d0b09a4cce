package com.huike.crm.customer;

/**
 * The customer does not exist, or not for the signed-in user (which must look the same).
 */
public class CustomerNotFoundException extends RuntimeException {

	public CustomerNotFoundException(Long id) {
		super("customer " + id + " not found");
	}

}
