package com.huike.crm.revisit.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import com.huike.crm.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RevisitTests {

	static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

	static final LocalDate TUESDAY = MONDAY.plusDays(1);

	static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");

	static Revisit revisit() {
		return new Revisit(RevisitKind.SATISFACTION, new Revisit.Party(1L, 2L, "张三", "13800000000"), "市场部", null,
				MONDAY.minusDays(10), MONDAY, MONDAY.plusDays(8), TimeSlot.MORNING, NOW);
	}

	@Test
	void theTimeOfDayFallsIntoItsSlot() {
		assertThat(TimeSlot.at(LocalTime.of(8, 30))).isEqualTo(TimeSlot.MORNING);
		assertThat(TimeSlot.at(LocalTime.of(11, 59))).isEqualTo(TimeSlot.MORNING);
		assertThat(TimeSlot.at(LocalTime.NOON)).isEqualTo(TimeSlot.AFTERNOON);
		assertThat(TimeSlot.at(LocalTime.of(17, 59))).isEqualTo(TimeSlot.AFTERNOON);
		assertThat(TimeSlot.at(LocalTime.of(18, 0))).isEqualTo(TimeSlot.EVENING);
		assertThat(TimeSlot.at(LocalTime.of(23, 59))).isEqualTo(TimeSlot.EVENING);
	}

	@Test
	void aMissedMorningCallIsRetriedInTheAfternoonOfTheSameDay() {
		Revisit r = revisit();
		boolean closed = r.notReached(CallOutcome.NO_ANSWER, TimeSlot.MORNING, 7L, NOW, null, 3, MONDAY, TUESDAY);
		assertThat(closed).isFalse();
		assertThat(r.getSlot()).isEqualTo(TimeSlot.AFTERNOON);
		assertThat(r.getDueOn()).isEqualTo(MONDAY);
		assertThat(r.getAttempts()).isEqualTo(1);
		assertThat(r.getCalls()).singleElement().satisfies(c -> {
			assertThat(c.getSlot()).isEqualTo(TimeSlot.MORNING);
			assertThat(c.getOutcome()).isEqualTo(CallOutcome.NO_ANSWER);
		});
	}

	@Test
	void aMissedEveningCallIsRetriedInTheMorningOfTheNextWorkingDay() {
		Revisit r = revisit();
		LocalDate friday = MONDAY.plusDays(4);
		r.notReached(CallOutcome.BUSY, TimeSlot.EVENING, 7L, NOW, null, 3, friday, friday.plusDays(3));
		assertThat(r.getSlot()).isEqualTo(TimeSlot.MORNING);
		assertThat(r.getDueOn()).isEqualTo(friday.plusDays(3));
	}

	@Test
	void theRetryIsNeverInTheSlotOfTheCallBeforeIt() {
		Revisit r = revisit();
		for (TimeSlot calledIn : List.of(TimeSlot.MORNING, TimeSlot.MORNING, TimeSlot.EVENING, TimeSlot.AFTERNOON)) {
			r.notReached(CallOutcome.NO_ANSWER, calledIn, 7L, NOW, null, 10, MONDAY, TUESDAY);
			assertThat(r.getSlot()).isNotEqualTo(calledIn);
			assertThat(r.getLastSlot()).isEqualTo(calledIn);
		}
	}

	@Test
	void theLastMissedCallAllowedClosesTheRevisitAsUnreachable() {
		Revisit r = revisit();
		assertThat(r.notReached(CallOutcome.NO_ANSWER, TimeSlot.MORNING, 7L, NOW, null, 2, MONDAY, TUESDAY)).isFalse();
		assertThat(r.notReached(CallOutcome.WRONG_NUMBER, TimeSlot.AFTERNOON, 7L, NOW, "空号", 2, MONDAY, TUESDAY))
			.isTrue();
		assertThat(r.getStatus()).isEqualTo(RevisitStatus.UNREACHABLE);
		assertThat(r.getClosedAt()).isEqualTo(NOW);
		assertThat(r.getAttempts()).isEqualTo(2);
		assertThatThrownBy(() -> r.notReached(CallOutcome.BUSY, TimeSlot.EVENING, 7L, NOW, null, 2, MONDAY, TUESDAY))
			.isInstanceOf(RevisitStateException.class);
		assertThat(r.getAttempts()).isEqualTo(2);
	}

	@Test
	void aReachedCustomerScoresEveryItemFromOneToFive() {
		Revisit r = revisit();
		assertThatThrownBy(
				() -> r.reached(Map.of(1L, 5, 2L, 6), List.of(1L, 2L, 3L), "好", null, TimeSlot.MORNING, 7L, NOW))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.getViolations()).extracting(RuleViolationException.Violation::field)
						.containsExactlyInAnyOrder("score2", "score3"));
		assertThat(r.isOpen()).isTrue();
		assertThat(r.getCalls()).isEmpty();

		r.reached(Map.of(1L, 5, 2L, 4, 3L, 1), List.of(1L, 2L, 3L), " 送货及时 ", "少送一条", TimeSlot.MORNING, 7L, NOW);
		assertThat(r.getStatus()).isEqualTo(RevisitStatus.DONE);
		assertThat(r.getScores()).hasSize(3).allSatisfy(s -> assertThat(s.getDepartment()).isEqualTo("市场部"));
		assertThat(r.getFeedback()).isEqualTo("送货及时");
		assertThat(r.hasOpenProblem()).isTrue();
		assertThatThrownBy(() -> r.reached(Map.of(1L, 5, 2L, 4, 3L, 1), List.of(1L, 2L, 3L), null, null,
				TimeSlot.MORNING, 7L, NOW))
			.isInstanceOf(RevisitStateException.class);
	}

	@Test
	void aReachedCallIsNotAMissedOne() {
		Revisit r = revisit();
		assertThatThrownBy(() -> r.notReached(CallOutcome.REACHED, TimeSlot.MORNING, 7L, NOW, null, 3, MONDAY, TUESDAY))
			.isInstanceOf(RuleViolationException.class);
		assertThat(r.getAttempts()).isZero();
	}

}
