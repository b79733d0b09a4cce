package com.huike.crm.demand;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the demand form offers: the customers found by the typed search (the chosen one
 * first), and the products to suggest (free text is allowed too).
 *
 * @param customers at most {@link DemandService#CUSTOMER_CHOICES} customers the viewer
 * may register demands for
 * @param searched true when a search was typed (no match is then worth saying)
 * @param products products registered for, or bought by, the viewer's customers
 */
public record RegistrationChoices(List<CustomerChoice> customers, boolean searched, List<String> products) {

	public RegistrationChoices {
		customers = List.copyOf(customers);
		products = List.copyOf(products);
	}

	/** The ids of the customers, in their order. */
	public List<Long> ids() {
		return customers.stream().map(CustomerChoice::id).toList();
	}

	/** The customers by id. */
	public Map<Long, CustomerChoice> byId() {
		Map<Long, CustomerChoice> byId = new LinkedHashMap<>();
		customers.forEach(c -> byId.put(c.id(), c));
		return byId;
	}

}
