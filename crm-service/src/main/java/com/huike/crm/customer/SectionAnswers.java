package com.huike.crm.customer;

import java.util.Map;

/**
 * One section's answers for its edit form, with the archive version the form is based on
 * (sent back on save for optimistic locking). Sensitive answers are present only when
 * {@code sensitiveVisible}.
 */
public record SectionAnswers(CustomerDetails customer, ProfileSection section, Map<String, Object> answers,
		boolean sensitiveVisible, long version) {

	public SectionAnswers {
		answers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(answers));
	}

}
