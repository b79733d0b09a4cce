package com.huike.crm.customer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
		// an empty form field or a JSON null names no customer and no version
		customerIds = (customerIds != null) ? customerIds.stream().filter(Objects::nonNull).toList() : List.of();
		Map<Long, Long> given = new HashMap<>();
		if (versions != null) {
			versions.forEach((id, version) -> {
				if (id != null && version != null) {
					given.put(id, version);
				}
			});
		}
		versions = Map.copyOf(given);
	}

}
