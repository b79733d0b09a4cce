package com.huike.crm.followup;

import java.time.LocalDate;
import java.util.Map;

import com.huike.crm.customer.domain.Grade;
import com.huike.crm.followup.domain.Activity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CadenceTableTests {

	private final CadenceTable defaults = CadenceTable.DEFAULTS;

	@Test
	void defaultsAreTheLadderOfSeed003AndTheVisitsOfSeed002() {
		assertThat(defaults.followUpDays())
			.containsExactlyInAnyOrderEntriesOf(Map.of(Grade.A, 1, Grade.B, 7, Grade.C, 15, Grade.D, 30, Grade.E, 365));
		assertThat(defaults.days(Activity.VISIT, Grade.A)).contains(7);
		assertThat(defaults.days(Activity.VISIT, Grade.B)).contains(30);
		assertThat(defaults.days(Activity.VISIT, Grade.C)).contains(60);
		assertThat(defaults.days(Activity.VISIT, Grade.D)).isEmpty();
		assertThat(defaults.nextVisit(LocalDate.of(2026, 3, 2), Grade.E)).isEmpty();
	}

	@Test
	void dailyFollowUpCrossesTheMonthEnd() {
		assertThat(defaults.nextFollowUp(LocalDate.of(2026, 1, 31), Grade.A)).isEqualTo(LocalDate.of(2026, 2, 1));
		assertThat(defaults.nextFollowUp(LocalDate.of(2026, 12, 31), Grade.A)).isEqualTo(LocalDate.of(2027, 1, 1));
	}

	@Test
	void monthlyFollowUpFromTheLastOfJanuaryLandsInMarchOutsideLeapYears() {
		assertThat(defaults.nextFollowUp(LocalDate.of(2027, 1, 31), Grade.D)).isEqualTo(LocalDate.of(2027, 3, 2));
		assertThat(defaults.nextFollowUp(LocalDate.of(2028, 1, 31), Grade.D)).isEqualTo(LocalDate.of(2028, 3, 1));
	}

	@Test
	void leapDayIsACalendarDayLikeAnyOther() {
		assertThat(defaults.nextFollowUp(LocalDate.of(2028, 2, 28), Grade.A)).isEqualTo(LocalDate.of(2028, 2, 29));
		assertThat(defaults.nextFollowUp(LocalDate.of(2027, 2, 28), Grade.A)).isEqualTo(LocalDate.of(2027, 3, 1));
		assertThat(defaults.nextFollowUp(LocalDate.of(2028, 2, 22), Grade.B)).isEqualTo(LocalDate.of(2028, 2, 29));
		assertThat(defaults.nextFollowUp(LocalDate.of(2028, 2, 20), Grade.C)).isEqualTo(LocalDate.of(2028, 3, 6));
	}

	@Test
	void yearlyFollowUpCountsDaysSoALeapYearEndsADayEarlier() {
		assertThat(defaults.nextFollowUp(LocalDate.of(2027, 3, 1), Grade.E)).isEqualTo(LocalDate.of(2028, 2, 29));
		assertThat(defaults.nextFollowUp(LocalDate.of(2028, 3, 1), Grade.E)).isEqualTo(LocalDate.of(2029, 3, 1));
		assertThat(defaults.nextFollowUp(LocalDate.of(2028, 2, 29), Grade.E)).isEqualTo(LocalDate.of(2029, 2, 28));
	}

	@Test
	void changingTheGradeMovesTheDueDateFromTheSameLastFollowUp() {
		LocalDate last = LocalDate.of(2026, 6, 10);
		assertThat(defaults.nextFollowUp(last, Grade.A)).isEqualTo(LocalDate.of(2026, 6, 11));
		assertThat(defaults.nextFollowUp(last, Grade.B)).isEqualTo(LocalDate.of(2026, 6, 17));
		assertThat(defaults.nextFollowUp(last, Grade.E)).isEqualTo(LocalDate.of(2027, 6, 10));
	}

	@Test
	void configuredCadencesReplaceTheDefaults() {
		CadenceTable table = new CadenceTable(Map.of(Grade.A, 2, Grade.B, 10, Grade.C, 20, Grade.D, 45, Grade.E, 180),
				Map.of(Grade.A, 14));
		assertThat(table.nextFollowUp(LocalDate.of(2026, 4, 29), Grade.A)).isEqualTo(LocalDate.of(2026, 5, 1));
		assertThat(table.nextVisit(LocalDate.of(2026, 4, 29), Grade.A)).contains(LocalDate.of(2026, 5, 13));
		assertThat(table.nextVisit(LocalDate.of(2026, 4, 29), Grade.B)).isEmpty();
	}

	@Test
	void aCadenceOfZeroOrLessOrAMissingGradeIsRefused() {
		assertThatThrownBy(() -> CadenceTable.due(LocalDate.of(2026, 1, 1), 0))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new CadenceTable(Map.of(Grade.A, 1, Grade.B, 7, Grade.C, 15, Grade.D, 30), Map.of()))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(
				() -> new CadenceTable(Map.of(Grade.A, 1, Grade.B, 7, Grade.C, 15, Grade.D, 30, Grade.E, -5), Map.of()))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void overdueDaysCountFromTheDueDateAndNeverGoNegative() {
		LocalDate today = LocalDate.of(2028, 3, 1);
		assertThat(CadenceTable.daysOverdue(LocalDate.of(2028, 2, 28), today)).isEqualTo(2);
		assertThat(CadenceTable.daysOverdue(today, today)).isZero();
		assertThat(CadenceTable.daysOverdue(LocalDate.of(2028, 3, 5), today)).isZero();
	}

}
