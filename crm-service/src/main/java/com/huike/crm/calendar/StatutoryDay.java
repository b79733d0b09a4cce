package com.huike.crm.calendar;

import java.time.LocalDate;

import com.huike.crm.calendar.domain.CalendarDayKind;

/**
 * A holiday or make-up workday of a year's statutory arrangement.
 *
 * @param day the day
 * @param kind HOLIDAY (day off) or WORKDAY (make-up workday, 调休上班)
 * @param name the holiday it belongs to, e.g. 春节
 */
public record StatutoryDay(LocalDate day, CalendarDayKind kind, String name) {
}
