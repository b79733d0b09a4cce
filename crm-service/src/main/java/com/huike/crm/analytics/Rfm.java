package com.huike.crm.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.huike.crm.customer.CustomerFigures.Buyer;

/**
 * Loyalty (忠诚度) and RFM segments of the buyers of a period. Each buyer is scored 1–5 on
 * recency (the last purchase: the latest score 5), frequency (days with a purchase) and
 * value (net amount) by quintile of the buyers' ranks — equal values share the score of
 * the first of them —, then put in one segment: {@link Segment#CHAMPIONS} (5 and 4 on all
 * three), {@link Segment#LOYAL} (frequent and not long gone), {@link Segment#NEW}
 * (recent, bought on one or two days), {@link Segment#AT_RISK} (long gone, but bought
 * often or much), {@link Segment#HIBERNATING} (long gone, little and seldom), or
 * {@link Segment#OTHERS}. The repeat-purchase rate is the share of buyers who bought on
 * more than one day; tenure is the days since the archive was opened.
 */
public final class Rfm {

	private Rfm() {
	}

	/** The segments, in the order the dashboard lists them. */
	public enum Segment {

		CHAMPIONS, LOYAL, NEW, AT_RISK, HIBERNATING, OTHERS

	}

	/** One buyer's scores and segment. */
	public record Scored(Buyer buyer, int recency, int frequency, int value, Segment segment) {

	}

	/**
	 * A segment: its buyers, their share of all buyers (per cent) and their net amount.
	 */
	public record SegmentLine(Segment segment, long customers, BigDecimal share, BigDecimal net) {

	}

	/**
	 * The buyers of the period, those who bought on more than one day and their share
	 * (per cent), the average tenure in days, and the segments.
	 */
	public record Result(long buyers, long repeatBuyers, BigDecimal repeatRate, long averageTenureDays,
			List<SegmentLine> segments) {

	}

	/** The segment of three scores. */
	public static Segment segment(int recency, int frequency, int value) {
		if (recency >= 4 && frequency >= 4 && value >= 4) {
			return Segment.CHAMPIONS;
		}
		if (frequency >= 4 && recency >= 3) {
			return Segment.LOYAL;
		}
		if (recency >= 4 && frequency <= 2) {
			return Segment.NEW;
		}
		if (recency <= 2 && (frequency >= 3 || value >= 3)) {
			return Segment.AT_RISK;
		}
		if (recency <= 2) {
			return Segment.HIBERNATING;
		}
		return Segment.OTHERS;
	}

	/** Scores every buyer. */
	public static List<Scored> score(List<Buyer> buyers) {
		Map<Long, Integer> r = quintiles(buyers, b -> b.lastPurchase().toEpochDay());
		Map<Long, Integer> f = quintiles(buyers, b -> (long) b.purchaseDays());
		Map<Long, Integer> m = quintiles(buyers, Buyer::net);
		List<Scored> scored = new ArrayList<>(buyers.size());
		for (Buyer b : buyers) {
			int rs = r.get(b.customerId());
			int fs = f.get(b.customerId());
			int ms = m.get(b.customerId());
			scored.add(new Scored(b, rs, fs, ms, segment(rs, fs, ms)));
		}
		return scored;
	}

	/** Loyalty and the segments of the buyers, tenure counted to {@code asOf}. */
	public static Result of(List<Buyer> buyers, LocalDate asOf) {
		Map<Segment, long[]> counts = new EnumMap<>(Segment.class);
		Map<Segment, BigDecimal> net = new EnumMap<>(Segment.class);
		for (Segment s : Segment.values()) {
			counts.put(s, new long[1]);
			net.put(s, BigDecimal.ZERO);
		}
		for (Scored s : score(buyers)) {
			counts.get(s.segment())[0]++;
			net.merge(s.segment(), s.buyer().net(), BigDecimal::add);
		}
		long n = buyers.size();
		List<SegmentLine> lines = new ArrayList<>();
		for (Segment s : Segment.values()) {
			lines.add(new SegmentLine(s, counts.get(s)[0], percent(counts.get(s)[0], n), net.get(s)));
		}
		long repeat = buyers.stream().filter(b -> b.purchaseDays() > 1).count();
		long tenure = (n == 0) ? 0 : Math
			.round(buyers.stream().mapToLong(b -> ChronoUnit.DAYS.between(b.since(), asOf)).average().orElse(0));
		return new Result(n, repeat, percent(repeat, n), tenure, lines);
	}

	private static BigDecimal percent(long part, long whole) {
		return (whole == 0) ? BigDecimal.ZERO
				: BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

	/**
	 * 1–5 by quintile of the rank in ascending order of the measure: rank i of n scores 1
	 * + 5i / n; equal values take the score of the first of them.
	 */
	private static <T extends Comparable<T>> Map<Long, Integer> quintiles(List<Buyer> buyers,
			Function<Buyer, T> measure) {
		List<Buyer> sorted = new ArrayList<>(buyers);
		sorted.sort(Comparator.comparing(measure));
		Map<Long, Integer> scores = new HashMap<>();
		int n = sorted.size();
		int score = 0;
		T previous = null;
		for (int i = 0; i < n; i++) {
			T value = measure.apply(sorted.get(i));
			if (previous == null || value.compareTo(previous) != 0) {
				score = 1 + (int) (5L * i / n);
				previous = value;
			}
			scores.put(sorted.get(i).customerId(), score);
		}
		return scores;
	}

}
