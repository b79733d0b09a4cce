package com.huike.crm.customer.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * One line of the archive's history (动态记录): who changed which field, when, from what to
 * what. Values of sensitive fields are stored encrypted, like the profile itself.
 */
@Entity
@Table(name = "customer_change")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CustomerChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "customer_id", nullable = false, updatable = false)
	private Long customerId;

	@Column(name = "changed_at", nullable = false, updatable = false)
	private Instant changedAt;

	@Column(name = "changed_by", updatable = false)
	private Long changedBy;

	@Column(updatable = false)
	private String section;

	@Column(nullable = false, updatable = false)
	private String field;

	@Column(name = "old_value", updatable = false)
	private String oldValue;

	@Column(name = "new_value", updatable = false)
	private String newValue;

	@Column(nullable = false, updatable = false)
	private boolean sensitive;

	/**
	 * The archive version this change produced; null for changes recorded without one.
	 */
	@Column(name = "customer_version", updatable = false)
	private Long customerVersion;

	public CustomerChange(Long customerId, Long changedBy, String section, String field, String oldValue,
			String newValue, boolean sensitive) {
		this(customerId, changedBy, section, field, oldValue, newValue, sensitive, null);
	}

	public CustomerChange(Long customerId, Long changedBy, String section, String field, String oldValue,
			String newValue, boolean sensitive, Long customerVersion) {
		this.customerVersion = customerVersion;
		this.customerId = customerId;
		this.changedBy = changedBy;
		this.changedAt = Instant.now();
		this.section = section;
		this.field = field;
		this.oldValue = oldValue;
		this.newValue = newValue;
		this.sensitive = sensitive;
	}

}
