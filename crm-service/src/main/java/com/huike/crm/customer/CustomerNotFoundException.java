package com.huike.crm.customer;

import com.huike.crm.shared.NotFoundException;

/**
 * The customer does not exist for the user: missing, or another manager's (a foreign
 * customer is indistinguishable from a missing one).
 */
public class CustomerNotFoundException extends NotFoundException {

	public CustomerNotFoundException(Long id) {
		super("customer", id);
	}

}
