package com.huike.crm.followup;

import java.time.Instant;

import com.huike.crm.customer.domain.Grade;

/**
 * A line of the grade history as the page shows it.
 */
public record GradeHistoryEntry(Instant changedAt, Grade oldGrade, Grade newGrade, Grade proposedGrade,
		String changedByName, String reason, boolean duringFollowUp) {

}
