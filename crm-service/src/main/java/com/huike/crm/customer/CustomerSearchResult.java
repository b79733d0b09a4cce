package com.huike.crm.customer;

import java.util.List;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * A page of the customer list. When more customers match than
 * {@link CustomerSearch#COUNT_LIMIT}, the total is that limit and {@link #isCapped()}
 * says "more than": the list asks the user to narrow the search instead of counting a
 * million rows.
 */
public class CustomerSearchResult extends PageImpl<CustomerSummary> {

	private final boolean capped;

	public CustomerSearchResult(List<CustomerSummary> content, Pageable pageable, long total, boolean capped) {
		super(content, pageable, total);
		this.capped = capped;
	}

	static CustomerSearchResult empty(Pageable pageable) {
		return new CustomerSearchResult(List.of(), pageable, 0, false);
	}

	/** True when more customers match than the total says. */
	public boolean isCapped() {
		return capped;
	}

}
