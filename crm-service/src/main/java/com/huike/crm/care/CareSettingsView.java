package com.huike.crm.care;

import java.time.Instant;
import java.util.Set;

import com.huike.crm.care.domain.CareTaskKind;
import com.huike.crm.customer.domain.Grade;

/**
 * The care settings as the administrator sees and changes them.
 *
 * @param birthdayLeadDays days before a birthday or anniversary its reminder is due (2–7)
 * @param holidayLeadDays days before a holiday its greeting is due (1–7)
 * @param holidayGrades the grades whose customers get holiday greetings
 * @param holidays the holidays greeted
 * @param updatedAt when they were last changed
 */
public record CareSettingsView(int birthdayLeadDays, int holidayLeadDays, Set<Grade> holidayGrades,
		Set<CareTaskKind> holidays, Instant updatedAt) {

	public CareSettingsView {
		holidayGrades = Set.copyOf(holidayGrades);
		holidays = Set.copyOf(holidays);
	}

}
