package com.huike.crm.system;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Component;

/**
 * Formats instants in the business's time zone for templates:
 * {@code ${@dates.day(c.updatedAt)}}.
 */
@Component("dates")
public class Dates {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Clock clock;

	Dates(Clock clock) {
		this.clock = clock;
	}

	public String day(Instant instant) {
		return (instant != null) ? DAY.format(instant.atZone(clock.getZone())) : "";
	}

	public String minute(Instant instant) {
		return (instant != null) ? MINUTE.format(instant.atZone(clock.getZone())) : "";
	}

	/** Whole days from the instant until today, in the business's time zone. */
	public long daysSince(Instant instant) {
		if (instant == null) {
			return 0;
		}
		return ChronoUnit.DAYS.between(instant.atZone(clock.getZone()).toLocalDate(), LocalDate.now(clock));
	}

}
