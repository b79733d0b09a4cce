package com.huike.crm.revisit;

import java.time.LocalDate;
import java.util.function.BiFunction;

/**
 * The windows of the revisits, counted as the rules say: after a handled complaint in
 * calendar days, after a delivery in working days of the work calendar (weekends,
 * holidays and make-up working days as the administrator keeps them).
 *
 * @param addWorkingDays the n-th working day after a date (backwards for negative n), the
 * calendar's {@code addWorkingDays}
 */
record RevisitWindows(BiFunction<LocalDate, Integer, LocalDate> addWorkingDays) {

	/** The first and the last day of a revisit. */
	record Window(LocalDate dueOn, LocalDate latestOn) {
	}

	static Window afterComplaint(LocalDate handledOn, int minDays, int maxDays) {
		return new Window(handledOn.plusDays(minDays), handledOn.plusDays(maxDays));
	}

	Window afterDelivery(LocalDate deliveredOn, int minWorkingDays, int maxWorkingDays) {
		return new Window(addWorkingDays.apply(deliveredOn, minWorkingDays),
				addWorkingDays.apply(deliveredOn, maxWorkingDays));
	}

	/** The first delivery day whose window has not closed by {@code today}. */
	LocalDate firstDeliveryOpen(LocalDate today, int maxWorkingDays) {
		LocalDate day = addWorkingDays.apply(today, -maxWorkingDays);
		while (!addWorkingDays.apply(day, maxWorkingDays).isBefore(today)) {
			day = day.minusDays(1);
		}
		return day.plusDays(1);
	}

}
