package com.huike.crm.complaint;

import java.time.LocalDateTime;
import java.util.Optional;

import com.huike.crm.complaint.OpeningLine.Festival;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OpeningLineTests {

	@Test
	void goodMorningBeforeNoonHelloAfter() {
		assertThat(OpeningLine.at(LocalDateTime.of(2026, 12, 2, 11, 59), Optional.empty()).key())
			.isEqualTo("desk.greeting.morning");
		assertThat(OpeningLine.at(LocalDateTime.of(2026, 12, 2, 12, 0), Optional.empty()).key())
			.isEqualTo("desk.greeting.afternoon");
	}

	@Test
	void theLunarFestivalsAreGreetedOnTheirDay() {
		assertThat(OpeningLine.at(LocalDateTime.of(2026, 2, 17, 9, 0), Optional.empty()).festival()).as("正月初一 2026")
			.isEqualTo(Festival.SPRING);
		assertThat(OpeningLine.at(LocalDateTime.of(2026, 9, 25, 15, 0), Optional.empty()).festival()).as("八月十五 2026")
			.isEqualTo(Festival.MID_AUTUMN);
	}

	@Test
	void theSolarFestivalsAreGreetedOnTheirDay() {
		assertThat(OpeningLine.at(LocalDateTime.of(2027, 1, 1, 9, 0), Optional.empty()).key())
			.isEqualTo("desk.greeting.festival.NEW_YEAR");
		assertThat(OpeningLine.at(LocalDateTime.of(2026, 5, 1, 9, 0), Optional.empty()).festival())
			.isEqualTo(Festival.LABOUR);
		assertThat(OpeningLine.at(LocalDateTime.of(2026, 10, 1, 16, 0), Optional.empty()).festival())
			.isEqualTo(Festival.NATIONAL);
	}

	@Test
	void theDaysOffOfTheWorkCalendarKeepTheFestivalGreeting() {
		assertThat(OpeningLine.at(LocalDateTime.of(2026, 10, 4, 10, 0), Optional.of("国庆节")).festival())
			.isEqualTo(Festival.NATIONAL);
		assertThat(OpeningLine.at(LocalDateTime.of(2026, 2, 20, 10, 0), Optional.of("春节")).festival())
			.isEqualTo(Festival.SPRING);
		assertThat(OpeningLine.at(LocalDateTime.of(2026, 4, 5, 10, 0), Optional.of("清明节")).key())
			.as("清明 is not greeted")
			.isEqualTo("desk.greeting.morning");
	}

}
