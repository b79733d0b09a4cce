package com.huike.crm.identity.domain;

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
 * One failed sign-in (username stored lower-case by the service). Kept in the database
 * rather than in memory so that every app instance counts the same failures.
 */
@Entity
@Table(name = "login_failure")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class LoginFailure {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String username;

	@Column(name = "client_address", nullable = false, updatable = false)
	private String clientAddress;

	@Column(name = "failed_at", nullable = false, updatable = false)
	private Instant failedAt;

	public LoginFailure(String username, String clientAddress, Instant failedAt) {
		this.username = (username == null) ? "" : truncate(username, 100);
		this.clientAddress = (clientAddress == null) ? "" : truncate(clientAddress, 64);
		this.failedAt = failedAt;
	}

	private static String truncate(String value, int length) {
		return (value.length() > length) ? value.substring(0, length) : value;
	}

}
