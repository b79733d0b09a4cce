package com.huike.crm.audit.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * One showing of a customer's sensitive (S) fields to a user (PIPL art. 28 records).
 * Written once, never changed.
 */
@Entity
@Table(name = "sensitive_access")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class SensitiveAccess {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "accessed_at", nullable = false, updatable = false)
	private Instant accessedAt;

	@Column(name = "user_id", nullable = false, updatable = false)
	private Long userId;

	@Column(name = "customer_id", nullable = false, updatable = false)
	private Long customerId;

	/** The customer's code and name when the fields were shown. */
	@Column(name = "customer_code", nullable = false, updatable = false)
	private String customerCode;

	@Column(name = "customer_name", nullable = false, updatable = false)
	private String customerName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private AccessPurpose purpose;

	public SensitiveAccess(Long userId, Long customerId, String customerCode, String customerName,
			AccessPurpose purpose, Instant accessedAt) {
		if (userId == null || customerId == null || customerCode == null || customerName == null || purpose == null
				|| accessedAt == null) {
			throw new IllegalArgumentException("who, which customer, why and when are all required");
		}
		this.userId = userId;
		this.customerId = customerId;
		this.customerCode = customerCode;
		this.customerName = customerName;
		this.purpose = purpose;
		this.accessedAt = accessedAt;
	}

}
