package com.huike.crm.calendar.web;

import java.time.LocalDate;

import com.huike.crm.calendar.domain.CalendarDayKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A holiday or make-up workday the administrator adds (or changes).
 */
record CalendarDayForm(
		@NotNull(message = "{calendar.day.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
		@NotNull(message = "{calendar.kind.required}") CalendarDayKind kind,
		@Size(max = 50, message = "{calendar.name.tooLong}") String name) {

	static CalendarDayForm empty() {
		return new CalendarDayForm(null, CalendarDayKind.HOLIDAY, "");
	}

}
