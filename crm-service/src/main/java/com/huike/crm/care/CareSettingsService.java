package com.huike.crm.care;

import com.huike.crm.care.domain.CareSettings;
import com.huike.crm.care.domain.CareSettingsRepository;
import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.NotAllowedException;
import com.huike.crm.shared.RuleViolationException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes the care settings (administrator only). A change applies from the
 * next reminder run on; tasks already created keep their due dates.
 */
@Service
@Transactional(readOnly = true)
public class CareSettingsService {

	private final CareSettingsRepository settings;

	CareSettingsService(CareSettingsRepository settings) {
		this.settings = settings;
	}

	public CareSettingsView current() {
		return view(load());
	}

	@Transactional
	public CareSettingsView change(CareSettingsView change, Viewer viewer) {
		if (!viewer.isAdmin()) {
			throw new NotAllowedException("only the administrator changes the care settings");
		}
		if (change.birthdayLeadDays() < CareSettings.MIN_BIRTHDAY_LEAD_DAYS
				|| change.birthdayLeadDays() > CareSettings.MAX_BIRTHDAY_LEAD_DAYS) {
			throw new RuleViolationException("birthdayLeadDays", "care.settings.birthdayLeadDays.range");
		}
		if (change.holidayLeadDays() < CareSettings.MIN_HOLIDAY_LEAD_DAYS
				|| change.holidayLeadDays() > CareSettings.MAX_HOLIDAY_LEAD_DAYS) {
			throw new RuleViolationException("holidayLeadDays", "care.settings.holidayLeadDays.range");
		}
		if (change.holidays().stream().anyMatch(h -> !h.isHolidayGreeting())) {
			throw new RuleViolationException("holidays", "care.settings.holidays.invalid");
		}
		CareSettings current = load();
		current.change(change.birthdayLeadDays(), change.holidayLeadDays(), change.holidayGrades(), change.holidays(),
				viewer.userId());
		settings.flush();
		return view(current);
	}

	private CareSettings load() {
		return settings.findById(CareSettings.SINGLETON_ID)
			.orElseThrow(() -> new IllegalStateException("care settings are missing"));
	}

	private static CareSettingsView view(CareSettings s) {
		return new CareSettingsView(s.getBirthdayLeadDays(), s.getHolidayLeadDays(), s.greetedGrades(),
				s.greetedHolidays(), s.getUpdatedAt());
	}

}
