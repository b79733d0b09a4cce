/**
 * The working-day calendar (feature {@code calendar}, its own package because revisits,
 * complaints and visit plans count working days too, not only customer care).
 * <ul>
 * <li>{@link com.huike.crm.calendar.WorkingDays}: {@code isWorkingDay(date)},
 * {@code addWorkingDays(date, n)}, {@code workingDaysBetween(a, b)} — what later issues
 * use (e.g. a satisfaction revisit 7–15 working days after delivery). Weekends are days
 * off unless they are make-up workdays (调休); statutory holidays are days off.</li>
 * <li>{@link com.huike.crm.calendar.StatutoryHolidays}: China's holidays and make-up days
 * of a year — the official arrangements known to cn.6tail:lunar's {@code HolidayUtil},
 * then those announced after that library's data ends, then for later years the days the
 * law fixes (《全国年节及纪念日放假办法》), computed with the lunar calendar.</li>
 * <li>{@link com.huike.crm.calendar.CalendarService}: the administrator's year view and
 * edits; a year is seeded from the statutory days the first time it is needed.</li>
 * <li>{@link com.huike.crm.calendar.LunarCalendar}: lunar dates and lunar anniversaries
 * (leap months, the 30th of a 29-day month, lunar birthdays in the next solar year).</li>
 * </ul>
 */
@ApplicationModule(displayName = "工作日历 working days and the lunar calendar")
package com.huike.crm.calendar;

import org.springframework.modulith.ApplicationModule;
