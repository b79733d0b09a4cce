package com.huike.crm.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.huike.crm.calendar.domain.CalendarDayKind;
import com.nlf.calendar.Holiday;
import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;
import com.nlf.calendar.util.HolidayUtil;

/**
 * China's statutory holidays and make-up workdays (调休) of a year, from the best source
 * there is for that year:
 * <ol>
 * <li>{@link Source#LIBRARY} — the official arrangements in cn.6tail:lunar's
 * {@link HolidayUtil} (2002–2023 in version 1.6.3);</li>
 * <li>{@link Source#ANNOUNCED} — the State Council notices published after that data
 * ends, kept in {@code calendar/announced-holidays-cn.txt};</li>
 * <li>{@link Source#LAW} — for a year not yet announced, the days the law fixes
 * (《全国年节及纪念日放假办法》 as revised in 2024, in force since 2025): 元旦 1 January; 春节 New Year's
 * Eve and the first three lunar days; 清明 the day of the Qingming solar term; 劳动节 1–2 May;
 * 端午 the 5th of the 5th lunar month; 中秋 the 15th of the 8th lunar month; 国庆 1–3 October.
 * Make-up workdays cannot be computed — they are announced each year — so the
 * administrator adds them.</li>
 * </ol>
 */
public final class StatutoryHolidays {

	/** Where the days of a year come from. */
	public enum Source {

		LIBRARY, ANNOUNCED, LAW, NONE

	}

	private static final String ANNOUNCED_RESOURCE = "/calendar/announced-holidays-cn.txt";

	private static final Map<Integer, List<StatutoryDay>> ANNOUNCED = loadAnnounced();

	private StatutoryHolidays() {
	}

	/** The holidays and make-up workdays of a year, by day. */
	public static List<StatutoryDay> of(int year) {
		switch (sourceOf(year)) {
			case LIBRARY:
				return fromLibrary(year);
			case ANNOUNCED:
				return ANNOUNCED.get(year);
			case LAW:
				return byLaw(year);
			default:
				return List.of();
		}
	}

	public static Source sourceOf(int year) {
		if (year < LunarCalendar.FIRST_YEAR || year > LunarCalendar.LAST_YEAR) {
			return Source.NONE;
		}
		if (ANNOUNCED.containsKey(year)) {
			return Source.ANNOUNCED;
		}
		if (!HolidayUtil.getHolidays(year).isEmpty()) {
			return Source.LIBRARY;
		}
		return Source.LAW;
	}

	private static List<StatutoryDay> fromLibrary(int year) {
		List<StatutoryDay> days = new ArrayList<>();
		for (Holiday h : HolidayUtil.getHolidays(year)) {
			days.add(new StatutoryDay(LocalDate.parse(h.getDay()),
					h.isWork() ? CalendarDayKind.WORKDAY : CalendarDayKind.HOLIDAY, h.getName()));
		}
		days.sort(Comparator.comparing(StatutoryDay::day));
		return List.copyOf(days);
	}

	static List<StatutoryDay> byLaw(int year) {
		Map<LocalDate, StatutoryDay> days = new TreeMap<>();
		add(days, LocalDate.of(year, 1, 1), 1, "元旦节");
		LocalDate springFestival = LunarCalendar.solarOf(year, 1, false, 1);
		add(days, springFestival.minusDays(1), 4, "春节");
		Solar qingming = Lunar.fromYmd(year, 1, 1).getJieQiTable().get("清明");
		add(days, LocalDate.of(qingming.getYear(), qingming.getMonth(), qingming.getDay()), 1, "清明节");
		add(days, LocalDate.of(year, 5, 1), 2, "劳动节");
		add(days, LunarCalendar.solarOf(year, 5, false, 5), 1, "端午节");
		add(days, LunarCalendar.solarOf(year, 8, false, 15), 1, "中秋节");
		add(days, LocalDate.of(year, 10, 1), 3, "国庆节");
		return days.values().stream().filter(d -> d.day().getYear() == year).toList();
	}

	private static void add(Map<LocalDate, StatutoryDay> days, LocalDate first, int count, String name) {
		for (int i = 0; i < count; i++) {
			LocalDate day = first.plusDays(i);
			days.putIfAbsent(day, new StatutoryDay(day, CalendarDayKind.HOLIDAY, name));
		}
	}

	private static Map<Integer, List<StatutoryDay>> loadAnnounced() {
		Map<Integer, List<StatutoryDay>> byYear = new TreeMap<>();
		try (InputStream in = StatutoryHolidays.class.getResourceAsStream(ANNOUNCED_RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("missing " + ANNOUNCED_RESOURCE);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				line = line.strip();
				if (line.isEmpty() || line.startsWith("#")) {
					continue;
				}
				String[] parts = line.split("\\s+");
				if (parts.length != 3 || !(parts[2].equals("off") || parts[2].equals("work"))) {
					throw new IllegalStateException("bad line in " + ANNOUNCED_RESOURCE + ": " + line);
				}
				String[] range = parts[0].split("\\.\\.");
				LocalDate first = LocalDate.parse(range[0]);
				LocalDate last = (range.length > 1) ? LocalDate.parse(range[1]) : first;
				CalendarDayKind kind = parts[2].equals("off") ? CalendarDayKind.HOLIDAY : CalendarDayKind.WORKDAY;
				for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
					byYear.computeIfAbsent(day.getYear(), y -> new ArrayList<>())
						.add(new StatutoryDay(day, kind, parts[1]));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		byYear.replaceAll((year, days) -> days.stream().sorted(Comparator.comparing(StatutoryDay::day)).toList());
		return Map.copyOf(byYear);
	}

}
