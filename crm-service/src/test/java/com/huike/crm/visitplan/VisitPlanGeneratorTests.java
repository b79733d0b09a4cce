package com.huike.crm.visitplan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.huike.crm.calendar.WorkCalendar;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.followup.CadenceTable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generation: the visit cadence per grade, the working days of China's statutory calendar
 * (holidays and 调休 make-up workdays), the daily maximum, even spacing, and a
 * deterministic draft.
 */
class VisitPlanGeneratorTests {

	static final WorkCalendar CALENDAR = WorkCalendar.statutory();

	static final Map<Grade, Integer> VISITS = CadenceTable.DEFAULTS.visitDays();

	static List<LocalDate> workingDays(YearMonth month) {
		return VisitPlanGenerator.workingDays(month, CALENDAR::isWorkingDay);
	}

	static List<VisitPlanGenerator.Candidate> customers(Grade grade, int count, long firstId) {
		List<VisitPlanGenerator.Candidate> list = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			list.add(new VisitPlanGenerator.Candidate(firstId + i, grade, 0));
		}
		return list;
	}

	static Map<Long, List<LocalDate>> byCustomer(VisitPlanGenerator.Draft draft) {
		return draft.placed()
			.stream()
			.collect(Collectors.groupingBy(VisitPlanGenerator.Placement::customerId,
					Collectors.mapping(VisitPlanGenerator.Placement::day, Collectors.toList())));
	}

	@Test
	void gradeAIsVisitedWeeklyBMonthlyCEverySecondMonthDAndENever() {
		YearMonth march = YearMonth.of(2027, 3);
		assertThat(VisitPlanGenerator.visitsInMonth(1L, VISITS.get(Grade.A), march)).isEqualTo(4);
		assertThat(VisitPlanGenerator.visitsInMonth(1L, VISITS.get(Grade.A), YearMonth.of(2027, 2))).isEqualTo(4);
		assertThat(VisitPlanGenerator.visitsInMonth(1L, VISITS.get(Grade.B), march)).isEqualTo(1);
		assertThat(VisitPlanGenerator.visitsInMonth(1L, VISITS.get(Grade.B), YearMonth.of(2027, 2))).isEqualTo(1);
		int c1 = VisitPlanGenerator.visitsInMonth(1L, VISITS.get(Grade.C), march);
		int c2 = VisitPlanGenerator.visitsInMonth(1L, VISITS.get(Grade.C), march.plusMonths(1));
		assertThat(c1 + c2).as("one C visit in two months").isEqualTo(1);
		assertThat(VisitPlanGenerator.visitsInMonth(1L, VISITS.get(Grade.D), march)).isZero();
		assertThat(VisitPlanGenerator.visitsInMonth(1L, VISITS.get(Grade.E), march)).isZero();
	}

	@Test
	void halfOfTheCCustomersAreVisitedEachMonth() {
		YearMonth month = YearMonth.of(2027, 5);
		long visited = customers(Grade.C, 100, 1).stream()
			.filter(c -> VisitPlanGenerator.visitsInMonth(c.customerId(), 60, month) == 1)
			.count();
		assertThat(visited).isEqualTo(50);
	}

	@Test
	void visitsFallOnlyOnWorkingDaysSkippingTheHolidaysAndIncludingMakeUpWorkdays() {
		// 2026 October: 国庆 1–8 off (Saturday 10-10 … as the statutory table says);
		// any make-up workday of the month counts as a working day
		YearMonth october = YearMonth.of(2026, 10);
		List<LocalDate> days = workingDays(october);
		assertThat(days).allMatch(CALENDAR::isWorkingDay);
		assertThat(days).doesNotContain(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2));
		VisitPlanGenerator.Draft draft = VisitPlanGenerator.draft(october, days, customers(Grade.A, 20, 1), VISITS, 8,
				new HashMap<>());
		assertThat(draft.placed()).isNotEmpty().allMatch(p -> CALENDAR.isWorkingDay(p.day()));
		assertThat(draft.unplaced()).isZero();
	}

	@Test
	void aMakeUpWorkdayOnAWeekendIsPlanned() {
		// find a month with a Saturday or Sunday make-up workday in the statutory
		// calendar
		for (int m = 1; m <= 12; m++) {
			YearMonth month = YearMonth.of(2026, m);
			List<LocalDate> makeUp = workingDays(month).stream().filter(d -> d.getDayOfWeek().getValue() >= 6).toList();
			if (!makeUp.isEmpty()) {
				VisitPlanGenerator.Draft draft = VisitPlanGenerator.draft(month, workingDays(month),
						customers(Grade.A, 200, 1), VISITS, 8, new HashMap<>());
				assertThat(draft.placed()).extracting(VisitPlanGenerator.Placement::day).contains(makeUp.get(0));
				return;
			}
		}
		throw new AssertionError("no make-up workday on a weekend in 2026");
	}

	@Test
	void noDayExceedsTheMaximumAndWhatDoesNotFitIsCounted() {
		YearMonth month = YearMonth.of(2027, 3);
		List<LocalDate> days = workingDays(month);
		VisitPlanGenerator.Draft draft = VisitPlanGenerator.draft(month, days, customers(Grade.A, 30, 1), VISITS, 5,
				new HashMap<>());
		Map<LocalDate, Long> perDay = draft.placed()
			.stream()
			.collect(Collectors.groupingBy(VisitPlanGenerator.Placement::day, Collectors.counting()));
		assertThat(perDay.values()).allMatch(n -> n <= 5);
		assertThat(draft.placed().size() + draft.unplaced()).isEqualTo(30 * 4);
		assertThat(draft.placed()).hasSize(days.size() * 5);
	}

	@Test
	void theLoadAlreadyOnADayCountsAgainstTheMaximum() {
		YearMonth month = YearMonth.of(2027, 3);
		List<LocalDate> days = workingDays(month);
		Map<LocalDate, Integer> load = new HashMap<>();
		days.forEach(d -> load.put(d, 2));
		VisitPlanGenerator.Draft draft = VisitPlanGenerator.draft(month, days, customers(Grade.B, 100, 1), VISITS, 3,
				load);
		assertThat(draft.placed()).hasSize(days.size());
		assertThat(load.values()).allMatch(n -> n <= 3);
	}

	@Test
	void aCustomersVisitsAreEvenlySpaced() {
		YearMonth month = YearMonth.of(2027, 3);
		List<LocalDate> days = workingDays(month);
		VisitPlanGenerator.Draft draft = VisitPlanGenerator.draft(month, days, customers(Grade.A, 10, 1), VISITS, 8,
				new HashMap<>());
		byCustomer(draft).forEach((customer, visits) -> {
			assertThat(visits).hasSize(4);
			for (int i = 1; i < visits.size(); i++) {
				int gap = days.indexOf(visits.get(i)) - days.indexOf(visits.get(i - 1));
				assertThat(gap).as("working days between visits of customer %d", customer).isBetween(4, 7);
			}
		});
	}

	@Test
	void theFirstVisitsAreSpreadOverTheMonthNotAllOnTheFirst() {
		YearMonth month = YearMonth.of(2027, 3);
		VisitPlanGenerator.Draft draft = VisitPlanGenerator.draft(month, workingDays(month), customers(Grade.B, 40, 1),
				VISITS, 40, new HashMap<>());
		long distinctDays = draft.placed().stream().map(VisitPlanGenerator.Placement::day).distinct().count();
		assertThat(distinctDays).isGreaterThan(15);
	}

	@Test
	void keptVisitsReduceWhatIsDrafted() {
		YearMonth month = YearMonth.of(2027, 3);
		VisitPlanGenerator.Draft draft = VisitPlanGenerator.draft(month, workingDays(month), List
			.of(new VisitPlanGenerator.Candidate(1L, Grade.A, 3), new VisitPlanGenerator.Candidate(2L, Grade.B, 1)),
				VISITS, 8, new HashMap<>());
		assertThat(draft.placed()).extracting(VisitPlanGenerator.Placement::customerId).containsExactly(1L);
	}

	@Test
	void theSameInputGivesTheSameDraft() {
		YearMonth month = YearMonth.of(2027, 2);
		List<VisitPlanGenerator.Candidate> book = new ArrayList<>(customers(Grade.A, 10, 1));
		book.addAll(customers(Grade.B, 30, 100));
		book.addAll(customers(Grade.C, 30, 200));
		book.addAll(customers(Grade.D, 30, 300));
		VisitPlanGenerator.Draft first = VisitPlanGenerator.draft(month, workingDays(month), book, VISITS, 6,
				new HashMap<>());
		VisitPlanGenerator.Draft second = VisitPlanGenerator.draft(month, workingDays(month), book, VISITS, 6,
				new HashMap<>());
		assertThat(second).isEqualTo(first);
		assertThat(first.placed()).allMatch(p -> p.customerId() < 300);
	}

	@Test
	void aMonthStartingOnAHolidayStartsOnItsFirstWorkingDay() {
		// 2027-01-01 元旦 is a holiday (a Friday)
		YearMonth january = YearMonth.of(2027, 1);
		List<LocalDate> days = workingDays(january);
		assertThat(days.get(0)).isAfter(LocalDate.of(2027, 1, 1));
		List<LocalDate> carried = VisitPlanGenerator.carryOverDays(3, days, 2, new HashMap<>());
		assertThat(carried).containsExactly(days.get(0), days.get(0), days.get(1));
	}

	@Test
	void februaryHasItsOwnWorkingDays() {
		YearMonth february = YearMonth.of(2028, 2);
		List<LocalDate> days = workingDays(february);
		assertThat(days).allMatch(d -> YearMonth.from(d).equals(february));
		VisitPlanGenerator.Draft draft = VisitPlanGenerator.draft(february, days, customers(Grade.A, 5, 1), VISITS, 8,
				new HashMap<>());
		assertThat(draft.placed()).hasSize(20).allMatch(p -> YearMonth.from(p.day()).equals(february));
	}

}
