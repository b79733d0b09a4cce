package com.huike.crm.customer;

import java.util.List;
import java.util.Map;

/**
 * Several customers to hand to one manager at once (转交), all or none.
 *
 * @param customerIds the customers, at most {@link CustomerAssignmentService#BULK_LIMIT};
 * repeated ids count once
 * @param ownerId the customer manager who takes them over
 * @param versions the version of each customer as the caller saw it, by id; a customer
 * saved since is a conflict. A customer without an entry is not checked (an API caller
 * that read no versions).
 */
public record CustomerReassignment(List<Long> customerIds, Long ownerId, Map<Long, Long> versions) {

	public CustomerReassignment {
		customerIds = (customerIds != null) ? List.copyOf(customerIds) : List.of();
		versions = (versions != null) ? Map.copyOf(versions) : Map.of();
	}

}
