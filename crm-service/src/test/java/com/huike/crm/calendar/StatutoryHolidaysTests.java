package com.huike.crm.calendar;

import java.time.LocalDate;
import java.util.List;

import com.huike.crm.calendar.StatutoryHolidays.Source;
import com.huike.crm.calendar.domain.CalendarDayKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatutoryHolidaysTests {

	@Test
	void springFestival2025IsEightDaysOffWithTwoMakeUpWorkdays() {
		List<StatutoryDay> days = StatutoryHolidays.of(2025);
		assertThat(holidays(days, "2025-01-27", "2025-02-09")).containsExactly(LocalDate.of(2025, 1, 28),
				LocalDate.of(2025, 1, 29), LocalDate.of(2025, 1, 30), LocalDate.of(2025, 1, 31),
				LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 2), LocalDate.of(2025, 2, 3), LocalDate.of(2025, 2, 4));
		assertThat(workdays(days, "2025-01-01", "2025-02-28")).containsExactly(LocalDate.of(2025, 1, 26),
				LocalDate.of(2025, 2, 8));
		assertThat(StatutoryHolidays.sourceOf(2025)).isEqualTo(Source.ANNOUNCED);
	}

	@Test
	void nationalDay2026IsSevenDaysOffWithMakeUpDaysOnTheTwentiethOfSeptemberAndTheTenthOfOctober() {
		List<StatutoryDay> days = StatutoryHolidays.of(2026);
		assertThat(holidays(days, "2026-09-28", "2026-10-31")).containsExactly(LocalDate.of(2026, 10, 1),
				LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 3), LocalDate.of(2026, 10, 4),
				LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7));
		assertThat(workdays(days, "2026-09-01", "2026-10-31")).containsExactly(LocalDate.of(2026, 9, 20),
				LocalDate.of(2026, 10, 10));
		assertThat(holidays(days, "2026-09-25", "2026-09-27")).hasSize(3);
	}

	@Test
	void yearsInTheLunarLibraryComeFromItsOfficialData() {
		List<StatutoryDay> days = StatutoryHolidays.of(2020);
		assertThat(StatutoryHolidays.sourceOf(2020)).isEqualTo(Source.LIBRARY);
		assertThat(workdays(days, "2020-01-19", "2020-01-19")).containsExactly(LocalDate.of(2020, 1, 19));
		assertThat(holidays(days, "2020-10-01", "2020-10-01")).containsExactly(LocalDate.of(2020, 10, 1));
	}

	@Test
	void yearsNotYetAnnouncedGetTheDaysTheLawFixesComputedWithTheLunarCalendar() {
		List<StatutoryDay> days = StatutoryHolidays.of(2027);
		assertThat(StatutoryHolidays.sourceOf(2027)).isEqualTo(Source.LAW);
		// 2027 春节 is 6 February: New Year's Eve and the first three days
		assertThat(holidays(days, "2027-02-01", "2027-02-28")).containsExactly(LocalDate.of(2027, 2, 5),
				LocalDate.of(2027, 2, 6), LocalDate.of(2027, 2, 7), LocalDate.of(2027, 2, 8));
		assertThat(holidays(days, "2027-04-01", "2027-04-30")).containsExactly(LocalDate.of(2027, 4, 5));
		assertThat(holidays(days, "2027-05-01", "2027-05-31")).containsExactly(LocalDate.of(2027, 5, 1),
				LocalDate.of(2027, 5, 2));
		assertThat(holidays(days, "2027-10-01", "2027-10-31")).containsExactly(LocalDate.of(2027, 10, 1),
				LocalDate.of(2027, 10, 2), LocalDate.of(2027, 10, 3));
		assertThat(days).noneMatch(d -> d.kind() == CalendarDayKind.WORKDAY);
		assertThat(days).hasSize(13);
	}

	private static List<LocalDate> holidays(List<StatutoryDay> days, String from, String to) {
		return between(days, CalendarDayKind.HOLIDAY, from, to);
	}

	private static List<LocalDate> workdays(List<StatutoryDay> days, String from, String to) {
		return between(days, CalendarDayKind.WORKDAY, from, to);
	}

	private static List<LocalDate> between(List<StatutoryDay> days, CalendarDayKind kind, String from, String to) {
		LocalDate first = LocalDate.parse(from);
		LocalDate last = LocalDate.parse(to);
		return days.stream()
			.filter(d -> d.kind() == kind && !d.day().isBefore(first) && !d.day().isAfter(last))
			.map(StatutoryDay::day)
			.toList();
	}

}
