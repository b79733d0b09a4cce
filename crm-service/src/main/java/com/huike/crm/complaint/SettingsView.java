package com.huike.crm.complaint;

import java.time.LocalTime;
import java.util.Map;

import com.huike.crm.complaint.domain.DeadlineUnit;
import com.huike.crm.complaint.domain.Severity;

/** The complaint settings as the administrator's page shows them. */
public record SettingsView(Long defaultDepartmentId, int riskThreshold, int riskDays, LocalTime workStart,
		LocalTime workEnd, Map<Severity, Integer> amounts, Map<Severity, DeadlineUnit> units, long version) {

}
