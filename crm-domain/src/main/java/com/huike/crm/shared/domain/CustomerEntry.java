package com.huike.crm.shared.domain;

import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import lombok.Getter;

/**
 * A record kept about one customer beside the customer itself (a visit report, a
 * purchase, a return...), audited like every {@link AuditedEntity} and referring to the
 * customer by id only. Column {@code customer_id}.
 */
@MappedSuperclass
@Getter
public abstract class CustomerEntry extends AuditedEntity {

	@Column(name = "customer_id", nullable = false, updatable = false)
	private Long customerId;

	protected CustomerEntry() {
	}

	protected CustomerEntry(Long customerId) {
		if (customerId == null) {
			throw new IllegalArgumentException("customer is required");
		}
		this.customerId = customerId;
	}

	/**
	 * The values as the customer's history and a refused stale edit show them, by field
	 * name in the order of the form (a value as text, null when empty).
	 */
	public abstract Map<String, String> fields();

}
