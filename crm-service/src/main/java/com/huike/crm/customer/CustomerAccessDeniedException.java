package com.huike.crm.customer;

import com.huike.crm.shared.NotAllowedException;

/**
 * The user may look the customer up but not do this (a call-center user changing an
 * archive, a manager reading another team's book).
 */
public class CustomerAccessDeniedException extends NotAllowedException {

	public CustomerAccessDeniedException() {
		super("not allowed for this customer");
	}

}
