package com.huike.crm.customer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Turns a requested page of an archive part into a safe one: at most {@link #MAX_SIZE}
 * rows, sorted only by the columns the part offers (unknown ones are ignored), newest
 * first by default, with the id as tie-breaker so pages never overlap.
 */
final class PartPaging {

	static final int MAX_SIZE = 100;

	private PartPaging() {
	}

	static Pageable of(Pageable requested, Map<String, String> sortable, String dateProperty) {
		List<Sort.Order> orders = new ArrayList<>();
		for (Sort.Order order : requested.getSort()) {
			String property = sortable.get(order.getProperty());
			if (property != null) {
				orders.add(new Sort.Order(order.getDirection(), property));
			}
		}
		if (orders.isEmpty()) {
			orders.add(Sort.Order.desc(dateProperty));
		}
		orders.add(Sort.Order.desc("id"));
		int size = Math.min(Math.max(requested.getPageSize(), 1), MAX_SIZE);
		return PageRequest.of(requested.getPageNumber(), size, Sort.by(orders));
	}

}
