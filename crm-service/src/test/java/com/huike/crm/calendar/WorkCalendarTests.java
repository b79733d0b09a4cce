package com.huike.crm.calendar;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkCalendarTests {

	private final WorkCalendar calendar = WorkCalendar.statutory();

	@Test
	void weekendsAreDaysOffUnlessTheyAreMakeUpWorkdays() {
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 3, 8))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 3, 10))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 26))).as("Sunday 调休").isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 29))).as("Wednesday 春节").isFalse();
	}

	@Test
	void addingWorkingDaysJumpsOverTheSpringFestivalAndCountsTheMakeUpSunday() {
		LocalDate friday = LocalDate.of(2025, 1, 24);
		assertThat(calendar.addWorkingDays(friday, 1)).isEqualTo(LocalDate.of(2025, 1, 26));
		assertThat(calendar.addWorkingDays(friday, 2)).isEqualTo(LocalDate.of(2025, 1, 27));
		assertThat(calendar.addWorkingDays(friday, 3)).isEqualTo(LocalDate.of(2025, 2, 5));
		assertThat(calendar.addWorkingDays(friday, 0)).isEqualTo(friday);
	}

	@Test
	void countingBackwardsJumpsOverTheHolidayToo() {
		assertThat(calendar.addWorkingDays(LocalDate.of(2025, 2, 5), -1)).isEqualTo(LocalDate.of(2025, 1, 27));
	}

	@Test
	void nationalDayWeek2026EndsWithAMakeUpSaturday() {
		LocalDate wednesday = LocalDate.of(2026, 9, 30);
		assertThat(calendar.addWorkingDays(wednesday, 1)).isEqualTo(LocalDate.of(2026, 10, 8));
		assertThat(calendar.addWorkingDays(wednesday, 3)).isEqualTo(LocalDate.of(2026, 10, 10));
		assertThat(calendar.workingDaysBetween(wednesday, LocalDate.of(2026, 10, 10))).isEqualTo(3);
		assertThat(calendar.workingDaysBetween(LocalDate.of(2026, 10, 10), wednesday)).isEqualTo(-3);
	}

	@Test
	void fifteenWorkingDaysAfterDeliveryBeforeTheSpringFestival2026() {
		// delivered Monday 2026-02-02; the festival days 2026-02-15..23 do not count,
		// the make-up Saturdays 2026-02-14 and 2026-02-28 do
		assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 2), 15)).isEqualTo(LocalDate.of(2026, 2, 28));
		assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 2), 14)).isEqualTo(LocalDate.of(2026, 2, 27));
	}

	@Test
	void countingIsTheInverseOfAdding() {
		LocalDate start = LocalDate.of(2025, 12, 20);
		for (int day = 0; day < 80; day++) {
			LocalDate from = start.plusDays(day);
			// backwards, the count includes the start day, so it must be a working day
			int first = calendar.isWorkingDay(from) ? -12 : 0;
			for (int n = first; n <= 25; n++) {
				assertThat(calendar.workingDaysBetween(from, calendar.addWorkingDays(from, n))).as("%s + %d", from, n)
					.isEqualTo(n);
			}
		}
	}

	@Test
	void theLatestWorkingDayOnOrBeforeSkipsTheHoliday() {
		assertThat(calendar.workingDayOnOrBefore(LocalDate.of(2025, 10, 3), 7)).isEqualTo(LocalDate.of(2025, 9, 30));
		assertThat(calendar.workingDayOnOrBefore(LocalDate.of(2025, 10, 3), 2)).isEqualTo(LocalDate.of(2025, 10, 3));
	}

}
