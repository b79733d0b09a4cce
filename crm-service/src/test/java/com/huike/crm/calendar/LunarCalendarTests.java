package com.huike.crm.calendar;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LunarCalendarTests {

	@Test
	void lunarNewYear2025IsTheTwentyNinthOfJanuary() {
		assertThat(LunarCalendar.lunarOf(LocalDate.of(2025, 1, 29))).isEqualTo(new LunarDate(2025, 1, 1, false));
		assertThat(LunarCalendar.solarOf(2025, 1, false, 1)).isEqualTo(LocalDate.of(2025, 1, 29));
		assertThat(LunarCalendar.lunarOf(LocalDate.of(2025, 1, 28))).isEqualTo(new LunarDate(2024, 12, 29, false));
	}

	@Test
	void lunarYear2025HasALeapSixthMonthStartingOnTheTwentyFifthOfJuly() {
		assertThat(LunarCalendar.leapMonthOf(2025)).isEqualTo(6);
		assertThat(LunarCalendar.lunarOf(LocalDate.of(2025, 7, 25))).isEqualTo(new LunarDate(2025, 6, 1, true));
		assertThat(LunarCalendar.lunarOf(LocalDate.of(2025, 7, 24))).isEqualTo(new LunarDate(2025, 6, 30, false));
	}

	@Test
	void ordinaryLunarBirthdayIsKeptOnThatLunarDayOfEachYear() {
		// born on 中秋 1990 → kept on 中秋: 2025-10-06, 2026-09-25
		LunarDate birth = LunarCalendar.lunarOf(LunarCalendar.solarOf(1990, 8, false, 15));
		assertThat(LunarCalendar.anniversary(birth, 2025)).isEqualTo(LocalDate.of(2025, 10, 6));
		assertThat(LunarCalendar.anniversary(birth, 2026)).isEqualTo(LocalDate.of(2026, 9, 25));
	}

	@Test
	void bornInALeapMonthIsKeptInTheLeapMonthWhenTheYearHasIt() {
		// 1987 and 2025 both have a leap sixth month (闰六月)
		assertThat(LunarCalendar.leapMonthOf(1987)).isEqualTo(6);
		LocalDate born = LunarCalendar.solarOf(1987, 6, true, 10);
		LunarDate birth = LunarCalendar.lunarOf(born);
		assertThat(birth.leap()).isTrue();
		assertThat(LunarCalendar.anniversary(birth, 2025)).isEqualTo(LocalDate.of(2025, 8, 3));
	}

	@Test
	void bornInALeapMonthIsKeptInTheOrdinaryMonthOtherwise() {
		LunarDate leapBorn = LunarCalendar.lunarOf(LocalDate.of(2025, 7, 25));
		LunarDate ordinaryBorn = new LunarDate(2000, 6, 1, false);
		assertThat(LunarCalendar.leapMonthOf(2026)).isNotEqualTo(6);
		LocalDate kept = LunarCalendar.anniversary(leapBorn, 2026);
		assertThat(kept).isEqualTo(LunarCalendar.anniversary(ordinaryBorn, 2026));
		assertThat(LunarCalendar.lunarOf(kept)).isEqualTo(new LunarDate(2026, 6, 1, false));
	}

	@Test
	void bornOnTheThirtiethIsKeptOnTheTwentyNinthInAShortMonth() {
		// 2024-02-09 was 除夕, the 30th of the 12th month of lunar 2023; that month of
		// lunar
		// 2025 has 29 days, so the birthday is kept on 2026-02-16, also 除夕
		LunarDate birth = LunarCalendar.lunarOf(LocalDate.of(2024, 2, 9));
		assertThat(birth).isEqualTo(new LunarDate(2023, 12, 30, false));
		assertThat(LunarCalendar.daysIn(2025, 12, false)).isEqualTo(29);
		assertThat(LunarCalendar.anniversary(birth, 2025)).isEqualTo(LocalDate.of(2026, 2, 16));
	}

	@Test
	void lunarBirthdayOfTheTwelfthMonthFallsInTheNextSolarYear() {
		LunarDate birth = new LunarDate(1975, 12, 20, false);
		assertThat(LunarCalendar.anniversary(birth, 2025)).isEqualTo(LocalDate.of(2026, 2, 7));
		// in solar 2025 it is kept once, on the 12/20 of lunar 2024
		assertThat(LunarCalendar.anniversariesBetween(birth, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
			.containsExactly(LocalDate.of(2025, 1, 19));
		assertThat(LunarCalendar.anniversariesBetween(birth, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
			.containsExactly(LocalDate.of(2026, 2, 7));
	}

	@Test
	void theLastDayOfAShortMonthKeepsTheBirthdaysOfTheTwentyNinthAndTheThirtieth() {
		assertThat(LunarCalendar.birthdaysKeptOn(LocalDate.of(2026, 2, 16))).extracting(LunarDate::key)
			.containsExactlyInAnyOrder("L12-29", "L12-29R", "L12-30", "L12-30R");
		// an ordinary day of a month that is not leap this year: ordinary and leap-born
		assertThat(LunarCalendar.birthdaysKeptOn(LocalDate.of(2026, 9, 25))).extracting(LunarDate::key)
			.containsExactlyInAnyOrder("L08-15", "L08-15R");
		// in the leap month itself only the leap-born; the ordinary month only the
		// ordinary
		assertThat(LunarCalendar.birthdaysKeptOn(LocalDate.of(2025, 8, 3))).extracting(LunarDate::key)
			.containsExactly("L06-10R");
		assertThat(LunarCalendar.birthdaysKeptOn(LocalDate.of(2025, 7, 4))).extracting(LunarDate::key)
			.containsExactly("L06-10");
	}

	@Test
	void anImpossibleLunarDateIsRefused() {
		assertThatThrownBy(() -> LunarCalendar.solarOf(2025, 12, false, 30))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> LunarCalendar.solarOf(2025, 7, true, 1)).isInstanceOf(IllegalArgumentException.class);
	}

}
