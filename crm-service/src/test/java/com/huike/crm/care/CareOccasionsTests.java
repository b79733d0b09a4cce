package com.huike.crm.care;

import java.time.LocalDate;
import java.util.EnumSet;

import com.huike.crm.calendar.WorkCalendar;
import com.huike.crm.care.CareOccasions.Greeting;
import com.huike.crm.care.CareOccasions.Occasion;
import com.huike.crm.care.domain.CareTaskKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CareOccasionsTests {

	private final WorkCalendar calendar = WorkCalendar.statutory();

	@Test
	void leapDayBirthdaysAreKeptOnTheTwentyEighthOfFebruaryInCommonYears() {
		assertThat(CareOccasions.personalOccasions(LocalDate.of(2025, 2, 28), LocalDate.of(2025, 2, 28)))
			.extracting(Occasion::key)
			.contains("S02-28", "S02-29");
		assertThat(CareOccasions.personalOccasions(LocalDate.of(2028, 2, 28), LocalDate.of(2028, 2, 28)))
			.extracting(Occasion::key)
			.contains("S02-28")
			.doesNotContain("S02-29");
	}

	@Test
	void eachDayCarriesItsSolarAndLunarKeys() {
		assertThat(CareOccasions.personalOccasions(LocalDate.of(2025, 10, 6), LocalDate.of(2025, 10, 6)))
			.containsExactlyInAnyOrder(new Occasion("S10-06", LocalDate.of(2025, 10, 6)),
					new Occasion("L08-15", LocalDate.of(2025, 10, 6)),
					new Occasion("L08-15R", LocalDate.of(2025, 10, 6)));
	}

	@Test
	void lunarFestivalsAreComputedPerYear() {
		assertThat(CareOccasions.holidayDate(CareTaskKind.SPRING_FESTIVAL, 2025)).isEqualTo(LocalDate.of(2025, 1, 29));
		assertThat(CareOccasions.holidayDate(CareTaskKind.SPRING_FESTIVAL, 2026)).isEqualTo(LocalDate.of(2026, 2, 17));
		assertThat(CareOccasions.holidayDate(CareTaskKind.MID_AUTUMN, 2025)).isEqualTo(LocalDate.of(2025, 10, 6));
		assertThat(CareOccasions.holidayDate(CareTaskKind.MID_AUTUMN, 2026)).isEqualTo(LocalDate.of(2026, 9, 25));
		assertThat(CareOccasions.holidayDate(CareTaskKind.LANTERN_FESTIVAL, 2026)).isEqualTo(LocalDate.of(2026, 3, 3));
		assertThat(CareOccasions.holidayDate(CareTaskKind.DRAGON_BOAT_FESTIVAL, 2026))
			.isEqualTo(LocalDate.of(2026, 6, 19));
		assertThat(CareOccasions.holidayDate(CareTaskKind.DOUBLE_NINTH_FESTIVAL, 2026))
			.isEqualTo(LocalDate.of(2026, 10, 18));
		assertThat(CareOccasions.holidayDate(CareTaskKind.DRAGON_BOAT_FESTIVAL, 2025))
			.isEqualTo(LocalDate.of(2025, 5, 31));
	}

	@Test
	void holidaysBetweenTwoDatesAcrossTheTurnOfTheYear() {
		assertThat(CareOccasions.holidays(LocalDate.of(2025, 12, 25), LocalDate.of(2026, 2, 20),
				EnumSet.of(CareTaskKind.NEW_YEAR, CareTaskKind.VALENTINES_DAY, CareTaskKind.SPRING_FESTIVAL,
						CareTaskKind.MID_AUTUMN)))
			.containsExactly(new Greeting(CareTaskKind.NEW_YEAR, LocalDate.of(2026, 1, 1)),
					new Greeting(CareTaskKind.VALENTINES_DAY, LocalDate.of(2026, 2, 14)),
					new Greeting(CareTaskKind.SPRING_FESTIVAL, LocalDate.of(2026, 2, 17)));
	}

	@Test
	void aReminderDueOnAWeekendFallsDueOnTheFridayBefore() {
		// birthday Monday 2025-03-10: two days ahead is Saturday
		assertThat(CareOccasions.dueDate(LocalDate.of(2025, 3, 10), 2, calendar::isWorkingDay))
			.isEqualTo(LocalDate.of(2025, 3, 7));
		assertThat(CareOccasions.dueDate(LocalDate.of(2025, 3, 10), 3, calendar::isWorkingDay))
			.isEqualTo(LocalDate.of(2025, 3, 7));
		assertThat(CareOccasions.dueDate(LocalDate.of(2025, 3, 10), 7, calendar::isWorkingDay))
			.isEqualTo(LocalDate.of(2025, 3, 3));
	}

	@Test
	void aGreetingDueInTheHolidayWeekFallsDueBeforeIt() {
		// 中秋 2025-10-06 lies in the 国庆中秋 holiday: three days ahead is 10-03, off
		assertThat(CareOccasions.dueDate(LocalDate.of(2025, 10, 6), 3, calendar::isWorkingDay))
			.isEqualTo(LocalDate.of(2025, 9, 30));
		// 春节 2026: three days ahead is the make-up Saturday 2026-02-14, a working day
		assertThat(CareOccasions.dueDate(LocalDate.of(2026, 2, 17), 3, calendar::isWorkingDay))
			.isEqualTo(LocalDate.of(2026, 2, 14));
	}

}
