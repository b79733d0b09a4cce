package com.huike.crm.complaint;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import com.huike.crm.calendar.WorkCalendar;
import com.huike.crm.complaint.domain.DeadlineUnit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Deadlines in working hours and working days of China's statutory calendar (2026). */
class ComplaintDeadlinesTests {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final WorkCalendar CALENDAR = WorkCalendar.statutory();

	static Instant at(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(ZONE).toInstant();
	}

	static Instant due(Instant received, int amount, DeadlineUnit unit) {
		return ComplaintDeadlines.dueAt(received, amount, unit, LocalTime.of(9, 0), LocalTime.of(18, 0), ZONE,
				CALENDAR::isWorkingDay);
	}

	@Test
	void workingHoursWithinOneDay() {
		assertThat(due(at(2026, 12, 1, 10, 0), 4, DeadlineUnit.HOURS)).isEqualTo(at(2026, 12, 1, 14, 0));
	}

	@Test
	void workingHoursCarryOverTheWeekend() {
		// Friday 16:00: two hours on Friday, two on Monday
		assertThat(due(at(2026, 12, 4, 16, 0), 4, DeadlineUnit.HOURS)).isEqualTo(at(2026, 12, 7, 11, 0));
	}

	@Test
	void aComplaintReceivedOutOfHoursStartsAtTheNextOpening() {
		assertThat(due(at(2026, 12, 5, 10, 0), 4, DeadlineUnit.HOURS)).as("Saturday").isEqualTo(at(2026, 12, 7, 13, 0));
		assertThat(due(at(2026, 12, 1, 20, 0), 2, DeadlineUnit.HOURS)).as("Tuesday evening")
			.isEqualTo(at(2026, 12, 2, 11, 0));
		assertThat(due(at(2026, 12, 2, 7, 30), 2, DeadlineUnit.HOURS)).as("before opening")
			.isEqualTo(at(2026, 12, 2, 11, 0));
	}

	@Test
	void workingHoursJumpTheNewYearHolidayToTheMakeUpSunday() {
		// 2026-01-01..03 off, Sunday 2026-01-04 is a make-up workday
		assertThat(due(at(2025, 12, 31, 17, 0), 4, DeadlineUnit.HOURS)).isEqualTo(at(2026, 1, 4, 12, 0));
	}

	@Test
	void workingDaysSkipTheNationalDayWeekAndCountTheMakeUpSaturday() {
		Instant wednesday = at(2026, 9, 30, 15, 0);
		assertThat(due(wednesday, 1, DeadlineUnit.DAYS)).isEqualTo(at(2026, 10, 8, 18, 0));
		assertThat(due(wednesday, 3, DeadlineUnit.DAYS)).as("Saturday 10-10 is a make-up workday")
			.isEqualTo(at(2026, 10, 10, 18, 0));
	}

	@Test
	void workingDaysOverTheSpringFestival() {
		// Saturday 2026-02-14 is a make-up workday, 02-15..23 off
		Instant friday = at(2026, 2, 13, 11, 0);
		assertThat(due(friday, 1, DeadlineUnit.DAYS)).isEqualTo(at(2026, 2, 14, 18, 0));
		assertThat(due(friday, 2, DeadlineUnit.DAYS)).isEqualTo(at(2026, 2, 24, 18, 0));
	}

	@Test
	void theDayReceivedDoesNotCountAsAWorkingDay() {
		assertThat(due(at(2026, 12, 1, 17, 59), 1, DeadlineUnit.DAYS)).isEqualTo(at(2026, 12, 2, 18, 0));
		assertThat(due(at(2026, 12, 4, 9, 0), 1, DeadlineUnit.DAYS)).as("Friday to Monday")
			.isEqualTo(at(2026, 12, 7, 18, 0));
	}

}
