package com.huike.crm.revisit;

import java.util.Map;

/**
 * The customer was reached: the score (1–5) of each service item by item id, the
 * feedback, and a problem raised, if any.
 */
public record Reached(Map<Long, Integer> scores, String feedback, String problem) {

	public Reached {
		scores = (scores == null) ? Map.of() : Map.copyOf(scores);
	}

}
