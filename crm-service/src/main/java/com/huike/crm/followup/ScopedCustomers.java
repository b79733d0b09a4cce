package com.huike.crm.followup;

import com.huike.crm.customer.CustomerAccessDeniedException;
import com.huike.crm.customer.CustomerNotFoundException;
import com.huike.crm.customer.domain.Customer;
import com.huike.crm.customer.domain.CustomerRepository;
import com.huike.crm.identity.Viewer;

import org.springframework.stereotype.Component;

/**
 * Loads customers for the tracking use cases through the viewer's scope: a customer the
 * viewer may not look up does not exist (404); one they may only look up (call center)
 * cannot be tracked (403).
 */
@Component
class ScopedCustomers {

	private final CustomerRepository customers;

	ScopedCustomers(CustomerRepository customers) {
		this.customers = customers;
	}

	/** A customer whose archive the viewer may read and edit. */
	Customer tracked(Long id, Viewer viewer) {
		Customer customer = customers.findById(id)
			.filter(c -> viewer.accessTo(c.getOwnerId()).canRead())
			.orElseThrow(() -> new CustomerNotFoundException(id));
		if (!viewer.accessTo(customer.getOwnerId()).canEdit()) {
			throw new CustomerAccessDeniedException();
		}
		return customer;
	}

}
