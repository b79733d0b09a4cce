package com.huike.crm.calendar;

import java.time.LocalDate;

import com.huike.crm.calendar.domain.CalendarDayKind;
import com.huike.crm.care.CareFixtures;
import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.NotAllowedException;
import com.huike.crm.shared.RuleViolationException;
import com.huike.crm.testsupport.CareServiceTest;
import com.huike.crm.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CareServiceTest
class WorkingDaysTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry);
	}

	@Autowired
	WorkingDays workingDays;

	@Autowired
	CalendarService calendar;

	@Autowired
	CareFixtures fixtures;

	@Test
	void aYearIsSeededFromItsStatutoryDaysOnFirstUse() {
		assertThat(workingDays.isWorkingDay(LocalDate.of(2025, 1, 26))).isTrue();
		assertThat(workingDays.isWorkingDay(LocalDate.of(2025, 1, 29))).isFalse();
		assertThat(workingDays.addWorkingDays(LocalDate.of(2025, 1, 24), 3)).isEqualTo(LocalDate.of(2025, 2, 5));
		assertThat(calendar.year(2025).entries()).anyMatch(e -> e.day().equals(LocalDate.of(2025, 2, 8))
				&& e.kind() == CalendarDayKind.WORKDAY && e.name().equals("春节"));
	}

	@Test
	void theAdministratorsHolidayAndMakeUpDayApplyAtOnce() {
		Viewer admin = fixtures.admin();
		LocalDate tuesday = LocalDate.of(2031, 5, 6);
		LocalDate saturday = LocalDate.of(2031, 5, 10);
		assertThat(workingDays.isWorkingDay(tuesday)).isTrue();

		calendar.put(tuesday, CalendarDayKind.HOLIDAY, "劳动节", admin);
		calendar.put(saturday, CalendarDayKind.WORKDAY, "劳动节", admin);

		assertThat(workingDays.isWorkingDay(tuesday)).isFalse();
		assertThat(workingDays.isWorkingDay(saturday)).isTrue();
		assertThat(workingDays.workingDaysBetween(LocalDate.of(2031, 5, 5), LocalDate.of(2031, 5, 12))).isEqualTo(5);

		calendar.remove(tuesday, admin);
		assertThat(workingDays.isWorkingDay(tuesday)).isTrue();
	}

	@Test
	void removingAStatutoryHolidayMakesItAWorkingDayAndResetBringsItBack() {
		Viewer admin = fixtures.admin();
		LocalDate nationalDay = LocalDate.of(2032, 10, 1);
		assertThat(workingDays.isWorkingDay(nationalDay)).isFalse();

		calendar.remove(nationalDay, admin);
		assertThat(workingDays.isWorkingDay(nationalDay)).isTrue();

		calendar.reset(2032, admin);
		assertThat(workingDays.isWorkingDay(nationalDay)).isFalse();
	}

	@Test
	void aMakeUpWorkdayMustBeAWeekendDay() {
		assertThatThrownBy(() -> calendar.put(LocalDate.of(2031, 5, 7), CalendarDayKind.WORKDAY, "", fixtures.admin()))
			.isInstanceOfSatisfying(RuleViolationException.class,
					e -> assertThat(e.getMessageKey()).isEqualTo("calendar.error.workdayOnWeekday"));
	}

	@Test
	void onlyTheAdministratorEditsTheCalendar() {
		assertThatThrownBy(
				() -> calendar.put(LocalDate.of(2031, 5, 7), CalendarDayKind.HOLIDAY, "", fixtures.manager()))
			.isInstanceOf(NotAllowedException.class);
	}

	@Test
	void theYearViewShowsTwelveMonthsAndCountsWorkingDays() {
		CalendarYearView year = calendar.year(2026);
		assertThat(year.months()).hasSize(12);
		// 261 weekdays, 19 of them holidays, and 6 make-up weekend days
		assertThat(year.workingDays()).isEqualTo(248);
		assertThat(year.months().get(9).weeks().get(0)).extracting(c -> (c != null) ? c.type() : "-")
			.containsExactly("-", "-", "-", "HOLIDAY", "HOLIDAY", "HOLIDAY", "HOLIDAY");
	}

}
