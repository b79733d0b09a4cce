package com.huike.crm.calendar;

/**
 * A date of the Chinese lunar calendar (农历).
 *
 * @param year the lunar year (the solar year in which its first day falls)
 * @param month 1–12
 * @param day 1–30
 * @param leap true in a leap month (闰月)
 */
public record LunarDate(int year, int month, int day, boolean leap) {

	public LunarDate {
		if (month < 1 || month > 12 || day < 1 || day > 30) {
			throw new IllegalArgumentException("no such lunar date: " + month + "/" + day);
		}
	}

	/**
	 * The key of the month and day as the reminder run matches them: "L08-15", "L04-02R".
	 */
	public String key() {
		return String.format("L%02d-%02d%s", month, day, leap ? "R" : "");
	}

}
