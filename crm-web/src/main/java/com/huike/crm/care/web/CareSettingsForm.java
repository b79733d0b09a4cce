package com.huike.crm.care.web;

import java.util.EnumSet;
import java.util.Set;

import com.huike.crm.care.CareSettingsView;
import com.huike.crm.care.domain.CareSettings;
import com.huike.crm.care.domain.CareTaskKind;
import com.huike.crm.customer.domain.Grade;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The administrator's care settings form.
 */
record CareSettingsForm(
		@NotNull(message = "{care.settings.birthdayLeadDays.range}") @Min(value = CareSettings.MIN_BIRTHDAY_LEAD_DAYS,
				message = "{care.settings.birthdayLeadDays.range}") @Max(value = CareSettings.MAX_BIRTHDAY_LEAD_DAYS,
						message = "{care.settings.birthdayLeadDays.range}") Integer birthdayLeadDays,
		@NotNull(message = "{care.settings.holidayLeadDays.range}") @Min(value = CareSettings.MIN_HOLIDAY_LEAD_DAYS,
				message = "{care.settings.holidayLeadDays.range}") @Max(value = CareSettings.MAX_HOLIDAY_LEAD_DAYS,
						message = "{care.settings.holidayLeadDays.range}") Integer holidayLeadDays,
		Set<Grade> holidayGrades, Set<CareTaskKind> holidays) {

	static CareSettingsForm of(CareSettingsView view) {
		return new CareSettingsForm(view.birthdayLeadDays(), view.holidayLeadDays(), view.holidayGrades(),
				view.holidays());
	}

	CareSettingsView toView() {
		return new CareSettingsView(birthdayLeadDays, holidayLeadDays,
				(holidayGrades != null) ? holidayGrades : EnumSet.noneOf(Grade.class),
				(holidays != null) ? holidays : EnumSet.noneOf(CareTaskKind.class), null);
	}

}
