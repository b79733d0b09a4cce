package com.huike.crm.shared.demo;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;

/**
 * The seasons of the cigarette trade as the demo's generators see them: retailers stock
 * up in the four weeks before 春节 (the year's peak) and before 中秋 and 国庆, sell little in
 * the fortnight after 春节, and less in the summer.
 */
public final class TradeSeason {

	private static final Map<Integer, LocalDate> SPRING_FESTIVALS = new ConcurrentHashMap<>();

	private static final Map<Integer, LocalDate> MID_AUTUMNS = new ConcurrentHashMap<>();

	private TradeSeason() {
	}

	/** How much retailers order around this day, against an ordinary week (1.0). */
	public static double volumeFactor(LocalDate day) {
		long toSpringFestival = daysTo(day, springFestivalOnOrAfter(day));
		LocalDate thisYear = springFestival(day.getYear());
		long sinceSpringFestival = daysTo(thisYear.isAfter(day) ? springFestival(day.getYear() - 1) : thisYear, day);
		if (toSpringFestival > 0 && toSpringFestival <= 28) {
			return 1.8;
		}
		if (sinceSpringFestival >= 0 && sinceSpringFestival < 15) {
			return 0.55;
		}
		if (toSpringFestival > 0 && toSpringFestival <= 42) {
			return 1.25;
		}
		if (sinceSpringFestival >= 15 && sinceSpringFestival < 30) {
			return 0.85;
		}
		if (festivalAhead(day).isPresent()) {
			return 1.35;
		}
		if (day.getMonth() == Month.JULY || day.getMonth() == Month.AUGUST) {
			return 0.85;
		}
		return 1.0;
	}

	/**
	 * The festival retailers are stocking up for on this day: 春节 within six weeks, 中秋 or
	 * 国庆 within three.
	 */
	public static Optional<String> festivalAhead(LocalDate day) {
		long toSpringFestival = daysTo(day, springFestivalOnOrAfter(day));
		if (toSpringFestival > 0 && toSpringFestival <= 42) {
			return Optional.of("春节");
		}
		LocalDate midAutumn = midAutumn(day.getYear());
		if (day.isBefore(midAutumn) && daysTo(day, midAutumn) <= 21) {
			return Optional.of("中秋");
		}
		LocalDate nationalDay = LocalDate.of(day.getYear(), 10, 1);
		if (day.isBefore(nationalDay) && daysTo(day, nationalDay) <= 21) {
			return Optional.of("国庆");
		}
		return Optional.empty();
	}

	/** 春节, the first day of the lunar year that starts in this solar year. */
	public static LocalDate springFestival(int year) {
		return SPRING_FESTIVALS.computeIfAbsent(year, y -> solar(Lunar.fromYmd(y, 1, 1)));
	}

	/** 中秋, the 15th of the 8th lunar month of this year. */
	public static LocalDate midAutumn(int year) {
		return MID_AUTUMNS.computeIfAbsent(year, y -> solar(Lunar.fromYmd(y, 8, 15)));
	}

	private static LocalDate springFestivalOnOrAfter(LocalDate day) {
		LocalDate festival = springFestival(day.getYear());
		return festival.isBefore(day) ? springFestival(day.getYear() + 1) : festival;
	}

	private static long daysTo(LocalDate from, LocalDate to) {
		return ChronoUnit.DAYS.between(from, to);
	}

	private static LocalDate solar(Lunar lunar) {
		Solar solar = lunar.getSolar();
		return LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
	}

}
