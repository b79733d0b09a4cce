package com.huike.crm.followup;

import java.time.Instant;

/**
 * One event of a customer's timeline: a follow-up, a grade change made outside a
 * follow-up, or a change to the archive.
 *
 * @param kind what happened
 * @param channel the follow-up's channel (follow-ups only)
 * @param text what was discussed (follow-ups), the reason (grade changes)
 * @param outcome the follow-up's outcome
 * @param nextStep the follow-up's next step
 * @param oldValue the grade before, or the archive field's old value
 * @param newValue the grade after, or the archive field's new value
 * @param section the archive section (archive changes only)
 * @param field the archive field (archive changes only)
 * @param reason why the grade changed (follow-ups and grade changes)
 * @param sensitive whether the archive values are sensitive and must not be shown
 */
public record TimelineEntry(Kind kind, Long id, Instant at, String actorName, String channel, String text,
		String outcome, String nextStep, String oldValue, String newValue, String section, String field, String reason,
		boolean sensitive) {

	public boolean gradeChanged() {
		return oldValue != null && newValue != null && !oldValue.equals(newValue);
	}

	/** The kinds of timeline events. */
	public enum Kind {

		FOLLOW_UP, GRADE, ARCHIVE, CARE

	}

}
