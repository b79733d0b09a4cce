package com.huike.crm.calendar;

import java.time.LocalDate;
import java.util.List;

import com.huike.crm.calendar.domain.CalendarDayKind;
import com.huike.crm.calendar.domain.CalendarDaySource;

/**
 * A year of the calendar as the administrator sees it: twelve month grids and the list of
 * entries that differ from the weekly rule.
 *
 * @param year the year
 * @param source where the statutory days of this year come from
 * @param months the twelve months
 * @param entries the holidays and make-up workdays, by day
 * @param workingDays the number of working days in the year
 */
public record CalendarYearView(int year, StatutoryHolidays.Source source, List<Month> months, List<Entry> entries,
		int workingDays) {

	/**
	 * A month as weeks of seven cells, Monday first; cells outside the month are null.
	 */
	public record Month(int month, List<List<Cell>> weeks) {
	}

	/**
	 * A day of the grid.
	 *
	 * @param day the date
	 * @param type WORKDAY, WEEKEND, HOLIDAY or MAKEUP (make-up workday)
	 * @param name the holiday's name, if any
	 */
	public record Cell(LocalDate day, String type, String name) {

		public boolean working() {
			return "WORKDAY".equals(type) || "MAKEUP".equals(type);
		}

	}

	/** An entry of the calendar. */
	public record Entry(LocalDate day, CalendarDayKind kind, String name, CalendarDaySource source) {
	}

}
