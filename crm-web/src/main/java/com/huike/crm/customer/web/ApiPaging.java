package com.huike.crm.customer.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.huike.crm.system.InvalidRequestParameterException;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Reads {@code page}, {@code size} (1–100) and {@code sort=property[,asc|desc]} of the
 * JSON API, refusing sort columns the resource does not offer.
 */
final class ApiPaging {

	static final int MAX_SIZE = 100;

	private ApiPaging() {
	}

	static Pageable pageable(int page, int size, List<String> sort, Set<String> sortable) {
		if (page < 0) {
			throw new InvalidRequestParameterException("page", "api.page.min");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidRequestParameterException("size", "api.size.range");
		}
		// a single "amount,desc" arrives split into two values: directions apply to the
		// property before them
		List<Sort.Order> orders = new ArrayList<>();
		for (String value : (sort != null) ? sort : List.<String>of()) {
			for (String token : value.split(",")) {
				String t = token.strip();
				if (t.isEmpty()) {
					continue;
				}
				if (t.equalsIgnoreCase("asc") || t.equalsIgnoreCase("desc")) {
					if (orders.isEmpty()) {
						throw invalidSort(t, sortable);
					}
					Sort.Order last = orders.remove(orders.size() - 1);
					orders.add(new Sort.Order(Sort.Direction.fromString(t), last.getProperty()));
				}
				else if (sortable.contains(t)) {
					orders.add(Sort.Order.asc(t));
				}
				else {
					throw invalidSort(t, sortable);
				}
			}
		}
		return PageRequest.of(page, size, Sort.by(orders));
	}

	private static InvalidRequestParameterException invalidSort(String value, Set<String> sortable) {
		return new InvalidRequestParameterException("sort", "api.sort.invalid", value,
				String.join(", ", new TreeSet<>(sortable)));
	}

}
