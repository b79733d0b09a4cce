package com.huike.crm.audit.domain;

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
 * One search of a lookup-only user (call center): who searched what, when, and how many
 * customers matched. Written once, never changed.
 */
@Entity
@Table(name = "lookup_search")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class LookupSearch {

	/** The longest search text kept. */
	public static final int MAX_QUERY = 200;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "searched_at", nullable = false, updatable = false)
	private Instant searchedAt;

	@Column(name = "user_id", nullable = false, updatable = false)
	private Long userId;

	@Column(nullable = false, updatable = false)
	private String query;

	@Column(nullable = false, updatable = false)
	private int matches;

	@Column(nullable = false, updatable = false)
	private boolean capped;

	public LookupSearch(Long userId, String query, int matches, boolean capped, Instant searchedAt) {
		if (userId == null || query == null || searchedAt == null) {
			throw new IllegalArgumentException("who, what and when are required");
		}
		this.userId = userId;
		this.query = (query.length() > MAX_QUERY) ? query.substring(0, MAX_QUERY) : query;
		this.matches = matches;
		this.capped = capped;
		this.searchedAt = searchedAt;
	}

}
