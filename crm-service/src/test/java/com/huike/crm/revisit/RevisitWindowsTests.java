package com.huike.crm.revisit;

import java.time.LocalDate;

import com.huike.crm.calendar.WorkCalendar;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The revisit windows over the statutory calendar of 2026 (国庆 1–7 October, 调休 on 9/28,
 * 10/10).
 */
class RevisitWindowsTests {

	static final WorkCalendar CALENDAR = WorkCalendar.statutory();

	final RevisitWindows windows = new RevisitWindows(CALENDAR::addWorkingDays);

	@Test
	void aSatisfactionRevisitOpensSevenWorkingDaysAfterTheDeliveryAndClosesAfterFifteen() {
		// Monday 2026-11-02: 7 working days later is Wednesday 11-11, 15 is Monday 11-23
		RevisitWindows.Window w = windows.afterDelivery(LocalDate.of(2026, 11, 2), 7, 15);
		assertThat(w.dueOn()).isEqualTo(LocalDate.of(2026, 11, 11));
		assertThat(w.latestOn()).isEqualTo(LocalDate.of(2026, 11, 23));
	}

	@Test
	void theWindowSkipsTheHolidaysAndCountsTheMakeUpWorkingDays() {
		LocalDate delivered = LocalDate.of(2026, 9, 29);
		RevisitWindows.Window w = windows.afterDelivery(delivered, 7, 15);
		assertThat(CALENDAR.workingDaysBetween(delivered, w.dueOn())).isEqualTo(7);
		assertThat(CALENDAR.workingDaysBetween(delivered, w.latestOn())).isEqualTo(15);
		assertThat(w.dueOn()).isAfter(LocalDate.of(2026, 10, 7));
		for (LocalDate d = LocalDate.of(2026, 10, 1); !d.isAfter(LocalDate.of(2026, 10, 7)); d = d.plusDays(1)) {
			assertThat(CALENDAR.isWorkingDay(d)).as(d.toString()).isFalse();
		}
	}

	@Test
	void anAfterComplaintRevisitIsThreeToSevenCalendarDaysAfterTheHandling() {
		RevisitWindows.Window w = RevisitWindows.afterComplaint(LocalDate.of(2026, 12, 4), 3, 7);
		assertThat(w.dueOn()).isEqualTo(LocalDate.of(2026, 12, 7));
		assertThat(w.latestOn()).isEqualTo(LocalDate.of(2026, 12, 11));
	}

	@Test
	void theDeliveriesStillToRevisitAreThoseWhoseWindowHasNotClosed() {
		LocalDate today = LocalDate.of(2026, 11, 16);
		LocalDate first = windows.firstDeliveryOpen(today, 15);
		assertThat(windows.afterDelivery(first, 7, 15).latestOn()).isAfterOrEqualTo(today);
		assertThat(windows.afterDelivery(first.minusDays(1), 7, 15).latestOn()).isBefore(today);
	}

	@Test
	void onAMondayTheWeekendsDeliveriesCloseWithFridays() {
		LocalDate monday = LocalDate.of(2026, 11, 30);
		LocalDate first = windows.firstDeliveryOpen(monday, 15);
		RevisitWindows.Window w = windows.afterDelivery(first, 7, 15);
		assertThat(w.latestOn()).isAfterOrEqualTo(monday);
		assertThat(CALENDAR.isWorkingDay(w.latestOn())).isTrue();
	}

}
