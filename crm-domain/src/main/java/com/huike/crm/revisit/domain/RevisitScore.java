package com.huike.crm.revisit.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import lombok.AccessLevel;
import lombok.EqualsAndHashCode;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * The score (1–5) of one service item; the time and the department are the revisit's,
 * copied so that a period's averages are read from the scores alone.
 */
@Embeddable
@Getter
@EqualsAndHashCode(of = "itemId")
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class RevisitScore {

	public static final int MIN = 1;

	public static final int MAX = 5;

	@Column(name = "item_id", nullable = false, updatable = false)
	private Long itemId;

	@Column(nullable = false, updatable = false)
	private short score;

	@Column(name = "scored_at", nullable = false, updatable = false)
	private Instant scoredAt;

	@Column(nullable = false, updatable = false)
	private String department;

	RevisitScore(Long itemId, int score, Instant scoredAt, String department) {
		this.itemId = itemId;
		this.score = (short) score;
		this.scoredAt = scoredAt;
		this.department = department;
	}

}
