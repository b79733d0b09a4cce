package com.huike.crm.care.web;

import java.util.EnumSet;
import java.util.Set;

import com.huike.crm.care.CareSettingsView;
import com.huike.crm.care.domain.CareTaskKind;
import com.huike.crm.customer.domain.Grade;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * The administrator's care settings form. The day counts are bound as text so that the
 * form shows back whatever was typed; the service checks their ranges.
 */
record CareSettingsForm(
		@NotBlank(message = "{care.settings.birthdayLeadDays.range}") @Pattern(regexp = "^\\s*\\d{1,3}\\s*$",
				message = "{care.settings.birthdayLeadDays.number}") String birthdayLeadDays,
		@NotBlank(message = "{care.settings.holidayLeadDays.range}") @Pattern(regexp = "^\\s*\\d{1,3}\\s*$",
				message = "{care.settings.holidayLeadDays.number}") String holidayLeadDays,
		Set<Grade> holidayGrades, Set<CareTaskKind> holidays) {

	static CareSettingsForm of(CareSettingsView view) {
		return new CareSettingsForm(String.valueOf(view.birthdayLeadDays()), String.valueOf(view.holidayLeadDays()),
				view.holidayGrades(), view.holidays());
	}

	CareSettingsView toView() {
		return new CareSettingsView(Integer.parseInt(birthdayLeadDays.strip()),
				Integer.parseInt(holidayLeadDays.strip()),
				(holidayGrades != null) ? holidayGrades : EnumSet.noneOf(Grade.class),
				(holidays != null) ? holidays : EnumSet.noneOf(CareTaskKind.class), null);
	}

}
