package com.huike.crm.visitplan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.huike.crm.customer.domain.Grade;

/**
 * Drafts a month's visits from the visit cadence of each customer's grade (seed 002: A
 * weekly, B monthly, C every two months, D and E none), over the working days of the
 * month, never more than the daily maximum on one day, a customer's visits evenly spaced.
 * Pure and deterministic: the same input gives the same draft, so regenerating a draft
 * gives the same days again.
 * <p>
 * How many visits a month: a cadence of up to a month gives the days of the month divided
 * by the cadence, rounded, at least one (A 7 days: four a month, also in February; B 30
 * days: one). A longer cadence gives one visit every so many months (C 60 days: every
 * second month), the customers spread over those months by their id, so that half of the
 * C customers are visited in one month and half in the next.
 * <p>
 * Where: a customer with n visits on W working days gets them W/n working days apart,
 * starting at an offset of its own (the golden-ratio sequence over the customers, so the
 * first visits do not all fall on the 1st); a day already full takes the nearest day that
 * is not, and a visit that finds no day left is counted as not placed.
 */
public final class VisitPlanGenerator {

	private static final double GOLDEN = 0.6180339887498949;

	private VisitPlanGenerator() {
	}

	/**
	 * A customer to plan: its id, its grade, and how many of its visits are kept already.
	 */
	public record Candidate(Long customerId, Grade grade, int kept) {
	}

	/** A drafted visit. */
	public record Placement(Long customerId, LocalDate day) {
	}

	/**
	 * The draft.
	 *
	 * @param placed the visits, by day then customer
	 * @param unplaced visits that found no day under the maximum
	 */
	public record Draft(List<Placement> placed, int unplaced) {
	}

	/** How many visits a customer of a grade with this cadence gets in the month. */
	public static int visitsInMonth(Long customerId, Integer cadenceDays, YearMonth month) {
		if (cadenceDays == null || cadenceDays < 1) {
			return 0;
		}
		int length = month.lengthOfMonth();
		if (cadenceDays <= length) {
			return Math.max(1, (int) Math.round((double) length / cadenceDays));
		}
		int everyMonths = Math.max(1, (int) Math.round(cadenceDays / 30.0));
		long monthIndex = month.getYear() * 12L + month.getMonthValue() - 1;
		return Math.floorMod(monthIndex + customerId, everyMonths) == 0 ? 1 : 0;
	}

	/**
	 * Drafts the visits.
	 * @param load the actions already on each day (carried over, kept); counted against
	 * the maximum and updated with the draft
	 */
	public static Draft draft(YearMonth month, List<LocalDate> workingDays, List<Candidate> candidates,
			Map<Grade, Integer> visitDays, int maxPerDay, Map<LocalDate, Integer> load) {
		record Wanted(Candidate candidate, int visits) {
		}
		List<Wanted> wanted = new ArrayList<>();
		for (Candidate c : candidates) {
			int visits = visitsInMonth(c.customerId(), visitDays.get(c.grade()), month) - c.kept();
			if (visits > 0) {
				wanted.add(new Wanted(c, visits));
			}
		}
		// the most frequent first: they are the hardest to space evenly
		wanted.sort(Comparator.comparingInt(Wanted::visits).reversed().thenComparing(w -> w.candidate().customerId()));
		List<Placement> placed = new ArrayList<>();
		int unplaced = 0;
		int w = workingDays.size();
		int index = 0;
		for (Wanted want : wanted) {
			double gap = (double) w / want.visits();
			double offset = ((index++ * GOLDEN) % 1.0) * gap;
			Set<Integer> taken = new HashSet<>();
			for (int j = 0; j < want.visits(); j++) {
				int ideal = (w == 0) ? 0 : Math.min(w - 1, (int) Math.floor(offset + j * gap));
				int day = nearestFree(ideal, w, workingDays, maxPerDay, load, taken);
				if (day < 0) {
					unplaced++;
					continue;
				}
				taken.add(day);
				LocalDate date = workingDays.get(day);
				load.merge(date, 1, Integer::sum);
				placed.add(new Placement(want.candidate().customerId(), date));
			}
		}
		placed.sort(Comparator.comparing(Placement::day).thenComparing(Placement::customerId));
		return new Draft(placed, unplaced);
	}

	/**
	 * Places carried-over actions: the earliest working days that have room (they are
	 * late already), at most the maximum a day; beyond that on the first working day.
	 */
	public static List<LocalDate> carryOverDays(int count, List<LocalDate> workingDays, int maxPerDay,
			Map<LocalDate, Integer> load) {
		List<LocalDate> days = new ArrayList<>();
		if (workingDays.isEmpty()) {
			return days;
		}
		int next = 0;
		for (int i = 0; i < count; i++) {
			while (next < workingDays.size() && load.getOrDefault(workingDays.get(next), 0) >= maxPerDay) {
				next++;
			}
			LocalDate day = (next < workingDays.size()) ? workingDays.get(next) : workingDays.get(0);
			load.merge(day, 1, Integer::sum);
			days.add(day);
		}
		return days;
	}

	private static int nearestFree(int ideal, int w, List<LocalDate> days, int max, Map<LocalDate, Integer> load,
			Set<Integer> taken) {
		for (int distance = 0; distance < w; distance++) {
			for (int candidate : new int[] { ideal + distance, ideal - distance }) {
				if (candidate >= 0 && candidate < w && !taken.contains(candidate)
						&& load.getOrDefault(days.get(candidate), 0) < max) {
					return candidate;
				}
				if (distance == 0) {
					break;
				}
			}
		}
		return -1;
	}

	/** The working days of a month, in order. */
	public static List<LocalDate> workingDays(YearMonth month, java.util.function.Predicate<LocalDate> isWorkingDay) {
		List<LocalDate> days = new ArrayList<>();
		for (int d = 1; d <= month.lengthOfMonth(); d++) {
			LocalDate day = month.atDay(d);
			if (isWorkingDay.test(day)) {
				days.add(day);
			}
		}
		return days;
	}

	/** Counts per day, for a load map. */
	public static Map<LocalDate, Integer> loadOf(List<LocalDate> days) {
		Map<LocalDate, Integer> load = new HashMap<>();
		days.forEach(d -> load.merge(d, 1, Integer::sum));
		return load;
	}

}
