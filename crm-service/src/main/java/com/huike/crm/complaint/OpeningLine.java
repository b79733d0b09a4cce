package com.huike.crm.complaint;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import com.huike.crm.calendar.LunarCalendar;

/**
 * The opening line the call-center manual prescribes (呼叫中心客服工作手册): the festival greeting
 * on 元旦, 春节, 五一, 中秋 and 国庆 — on the festival itself (春节 and 中秋 by the lunar calendar) and
 * on the days off the work calendar gives for it —, else 早上好 before noon and 您好 after.
 *
 * @param key the message key of the greeting ({@code desk.greeting.morning},
 * {@code desk.greeting.festival.SPRING} …)
 */
public record OpeningLine(String key, Festival festival) {

	/** The festivals greeted. */
	public enum Festival {

		NEW_YEAR, SPRING, LABOUR, MID_AUTUMN, NATIONAL

	}

	/**
	 * @param holiday the name of the holiday the calendar gives the day off for, if any
	 */
	public static OpeningLine at(LocalDateTime now, Optional<String> holiday) {
		Festival festival = festivalOn(now.toLocalDate(), holiday);
		if (festival != null) {
			return new OpeningLine("desk.greeting.festival." + festival, festival);
		}
		return new OpeningLine(now.getHour() < 12 ? "desk.greeting.morning" : "desk.greeting.afternoon", null);
	}

	static Festival festivalOn(LocalDate day, Optional<String> holiday) {
		if (day.getMonthValue() == 1 && day.getDayOfMonth() == 1) {
			return Festival.NEW_YEAR;
		}
		if (day.getMonthValue() == 5 && day.getDayOfMonth() == 1) {
			return Festival.LABOUR;
		}
		if (day.getMonthValue() == 10 && day.getDayOfMonth() == 1) {
			return Festival.NATIONAL;
		}
		if (day.getYear() > LunarCalendar.FIRST_YEAR && day.getYear() < LunarCalendar.LAST_YEAR) {
			if (day.equals(LunarCalendar.solarOf(day.getYear(), 1, false, 1))) {
				return Festival.SPRING;
			}
			if (day.equals(LunarCalendar.solarOf(day.getYear(), 8, false, 15))) {
				return Festival.MID_AUTUMN;
			}
		}
		String name = holiday.orElse("");
		if (name.contains("元旦")) {
			return Festival.NEW_YEAR;
		}
		if (name.contains("春节")) {
			return Festival.SPRING;
		}
		if (name.contains("劳动")) {
			return Festival.LABOUR;
		}
		if (name.contains("中秋")) {
			return Festival.MID_AUTUMN;
		}
		if (name.contains("国庆")) {
			return Festival.NATIONAL;
		}
		return null;
	}

}
