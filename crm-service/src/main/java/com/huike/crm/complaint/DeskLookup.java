package com.huike.crm.complaint;

import java.util.List;

import com.huike.crm.customer.CustomerSummary;

/**
 * What the desk's lookup found: the callers (name, code, phones and owning manager only,
 * at most the customer search's lookup limit), and the text actually searched (a
 * caller-ID number normalised).
 */
public record DeskLookup(String query, String searched, List<CustomerSummary> matches, boolean capped) {

	public boolean isEmpty() {
		return matches.isEmpty();
	}

	/** The number to record for a new caller, when the box held one. */
	public String phone() {
		return PhoneNumbers.looksLikePhone(query) ? searched : null;
	}

}
