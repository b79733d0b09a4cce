package com.huike.crm.customer;

/**
 * The viewer may see the customer but not do this with it (e.g. a manager assigning a
 * customer to another team).
 */
public class CustomerAccessDeniedException extends RuntimeException {

	public CustomerAccessDeniedException() {
		super("not allowed for this customer");
	}

}
