package com.huike.crm.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.huike.crm.calendar.domain.CalendarDay;
import com.huike.crm.calendar.domain.CalendarDayKind;
import com.huike.crm.calendar.domain.CalendarDayRepository;
import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.NotAllowedException;
import com.huike.crm.shared.RuleViolationException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's calendar: a year view, and adding or removing holidays and make-up
 * workdays. Changes apply to {@link WorkingDays} at once.
 */
@Service
@Transactional(readOnly = true)
public class CalendarService {

	private final CalendarDayRepository days;

	private final CalendarSeeder seeder;

	private final WorkingDays workingDays;

	CalendarService(CalendarDayRepository days, CalendarSeeder seeder, WorkingDays workingDays) {
		this.days = days;
		this.seeder = seeder;
		this.workingDays = workingDays;
	}

	public CalendarYearView year(int year) {
		checkYear(year);
		seeder.ensureSeeded(year);
		List<CalendarDay> entries = days.findByDayBetweenOrderByDay(LocalDate.of(year, 1, 1),
				LocalDate.of(year, 12, 31));
		java.util.Map<LocalDate, CalendarDay> byDay = new java.util.HashMap<>();
		entries.forEach(e -> byDay.put(e.getDay(), e));
		List<CalendarYearView.Month> months = new ArrayList<>();
		int working = 0;
		for (int month = 1; month <= 12; month++) {
			LocalDate first = LocalDate.of(year, month, 1);
			List<List<CalendarYearView.Cell>> weeks = new ArrayList<>();
			List<CalendarYearView.Cell> week = new ArrayList<>();
			for (int i = 1; i < first.getDayOfWeek().getValue(); i++) {
				week.add(null);
			}
			for (LocalDate day = first; day.getMonthValue() == month; day = day.plusDays(1)) {
				CalendarYearView.Cell cell = cell(day, byDay.get(day));
				if (cell.working()) {
					working++;
				}
				week.add(cell);
				if (week.size() == 7) {
					weeks.add(week);
					week = new ArrayList<>();
				}
			}
			if (!week.isEmpty()) {
				while (week.size() < 7) {
					week.add(null);
				}
				weeks.add(week);
			}
			months.add(new CalendarYearView.Month(month, weeks));
		}
		return new CalendarYearView(year, StatutoryHolidays.sourceOf(year), months,
				entries.stream()
					.map(e -> new CalendarYearView.Entry(e.getDay(), e.getKind(), e.getName(), e.getSource()))
					.toList(),
				working);
	}

	/**
	 * The name of the holiday the day is off for (春节, 国庆节 …), as the administrator's
	 * calendar has it, or empty when it is not a holiday: the call center's festival
	 * greeting.
	 */
	public java.util.Optional<String> holidayOn(LocalDate day) {
		if (day.getYear() < 1901 || day.getYear() > 2099) {
			return java.util.Optional.empty();
		}
		seeder.ensureSeeded(day.getYear());
		return days.findById(day).filter(d -> d.getKind() == CalendarDayKind.HOLIDAY).map(CalendarDay::getName);
	}

	/** Adds a holiday or a make-up workday, or changes the day's entry. */
	@Transactional
	public void put(LocalDate day, CalendarDayKind kind, String name, Viewer viewer) {
		checkAdmin(viewer);
		checkYear(day.getYear());
		boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
		if (kind == CalendarDayKind.WORKDAY && !weekend) {
			throw new RuleViolationException("day", "calendar.error.workdayOnWeekday");
		}
		seeder.ensureSeeded(day.getYear());
		days.findById(day)
			.ifPresentOrElse(existing -> existing.change(kind, name, viewer.userId()),
					() -> days.save(new CalendarDay(day, kind, name, viewer.userId())));
		days.flush();
		workingDays.evict(day.getYear());
	}

	/** Removes a day's entry: it follows the weekly rule again. */
	@Transactional
	public void remove(LocalDate day, Viewer viewer) {
		checkAdmin(viewer);
		seeder.ensureSeeded(day.getYear());
		days.findById(day).ifPresent(days::delete);
		days.flush();
		workingDays.evict(day.getYear());
	}

	/** Throws away the year's edits and seeds it again from the statutory days. */
	@Transactional
	public void reset(int year, Viewer viewer) {
		checkAdmin(viewer);
		checkYear(year);
		seeder.reseed(year);
		workingDays.evict(year);
	}

	private static void checkAdmin(Viewer viewer) {
		if (!viewer.isAdmin()) {
			throw new NotAllowedException("only the administrator edits the working-day calendar");
		}
	}

	private static void checkYear(int year) {
		if (year < LunarCalendar.FIRST_YEAR || year > LunarCalendar.LAST_YEAR) {
			throw new RuleViolationException("day", "calendar.error.yearOutOfRange");
		}
	}

	private CalendarYearView.Cell cell(LocalDate day, CalendarDay entry) {
		boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
		if (entry == null) {
			return new CalendarYearView.Cell(day, weekend ? "WEEKEND" : "WORKDAY", null);
		}
		if (entry.getKind() == CalendarDayKind.WORKDAY) {
			return new CalendarYearView.Cell(day, "MAKEUP", entry.getName());
		}
		return new CalendarYearView.Cell(day, "HOLIDAY", entry.getName());
	}

}
