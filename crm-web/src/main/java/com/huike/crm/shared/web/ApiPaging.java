package com.huike.crm.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.huike.crm.shared.RuleViolationException;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Reads {@code page}, {@code size} (1–100) and {@code sort=property[,asc|desc]} of the
 * JSON API, refusing sort columns the resource does not offer.
 */
public final class ApiPaging {

	public static final int MAX_SIZE = 100;

	private ApiPaging() {
	}

	public static Pageable pageable(int page, int size, List<String> sort, Set<String> sortable) {
		return pageable(page, size, MAX_SIZE, sort, sortable);
	}

	/** Page and size alone, for a list with a fixed order and a larger page. */
	public static Pageable pageable(int page, int size, int maxSize) {
		return pageable(page, size, maxSize, List.of(), Set.of());
	}

	private static Pageable pageable(int page, int size, int maxSize, List<String> sort, Set<String> sortable) {
		if (page < 0) {
			throw new RuleViolationException("page", "api.page.min");
		}
		if (size < 1 || size > maxSize) {
			throw new RuleViolationException("size", "api.size.range", maxSize);
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

	private static RuleViolationException invalidSort(String value, Set<String> sortable) {
		return new RuleViolationException("sort", "api.sort.invalid", value,
				String.join(", ", new TreeSet<>(sortable)));
	}

}
