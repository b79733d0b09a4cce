package com.huike.crm.customer.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.huike.crm.customer.CustomerReassignment;
import com.huike.crm.shared.RuleViolationException;

/**
 * The confirmation page's form of a bulk hand-over: the customers with, in the same
 * order, the versions the page showed, and the new manager.
 */
record ReassignmentForm(List<Long> customerIds, List<Long> versions, Long ownerId) {

	CustomerReassignment toCommand() {
		List<Long> ids = (customerIds != null) ? customerIds : List.of();
		Map<Long, Long> byId = new LinkedHashMap<>();
		if (versions != null && !versions.isEmpty()) {
			if (versions.size() != ids.size()) {
				// the page sends one version per customer: anything else was not the page
				throw new RuleViolationException("customerIds", "assignment.bulk.none");
			}
			for (int i = 0; i < ids.size(); i++) {
				if (ids.get(i) != null && versions.get(i) != null) {
					byId.put(ids.get(i), versions.get(i));
				}
			}
		}
		return new CustomerReassignment(ids.stream().filter(java.util.Objects::nonNull).toList(), ownerId, byId);
	}

}
