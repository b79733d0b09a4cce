package com.huike.crm.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.huike.crm.customer.CustomerFigures.NamedCustomer;
import com.huike.crm.customer.CustomerFigures.WindowVolume;

/**
 * Volume anomalies (月销量过大或偏小) and early signs of a false big customer (假大户), from the
 * customers' purchases in windows of {@code days} days ("months"): window 0 the latest,
 * windows 1 to {@code history} the customer's usual.
 * <ul>
 * <li>A customer's usual volume is the median of their {@code history} earlier windows (a
 * window without a purchase counts as 0); a customer with fewer than {@code minWindows}
 * of them with a purchase has no usual and is not judged.</li>
 * <li>Their change is the latest window over the usual. Their peers' change is the median
 * change of the customers of the same grade who have a usual (of all of them when the
 * grade has fewer than {@value #MIN_PEERS}; 1 with fewer still): what the season did to
 * everyone. The latest window is <b>too large</b> when the change is at least
 * {@code factor} times the peers' change, <b>too small</b> when at most the peers' change
 * divided by {@code factor}.</li>
 * <li>Signs of a false big customer: ordering on at least {@code frequencyFactor} times
 * as many days as usual and at least {@value #MIN_EXTRA_ORDERS} days more (a sudden rise
 * in order frequency); swings (忽高忽低) in the last {@value #SWING_WINDOWS} windows: moves
 * by at least {@code factor} times from one window to the next, each the other way from
 * the one before, at least {@value #MIN_SWINGS} turns (up, down, up); complaints of a
 * risk category (窜货/砸价) about the customer from the call center. A too-large latest
 * window is listed with them, not a sign by itself.</li>
 * </ul>
 */
public final class VolumeSignals {

	static final int MIN_PEERS = 5;

	static final int MIN_EXTRA_ORDERS = 3;

	static final int MIN_SWINGS = 2;

	static final int SWING_WINDOWS = 6;

	private static final BigDecimal TWO = BigDecimal.valueOf(2);

	private VolumeSignals() {
	}

	/** The rules' settings (huike.analytics.anomaly-*). */
	public record Rules(int days, int history, int minWindows, BigDecimal factor, BigDecimal frequencyFactor) {

	}

	/** Too large or too small. */
	public enum Direction {

		HIGH, LOW

	}

	/**
	 * A customer whose latest window is far from their usual, against their peers: the
	 * latest volume, the usual, the change (latest / usual) and the peers' change.
	 */
	public record Anomaly(Long customerId, String code, String name, Long ownerId, String grade, Direction direction,
			BigDecimal latest, BigDecimal usual, BigDecimal change, BigDecimal peersChange) {

	}

	/** What a sign is. */
	public enum SignKind {

		/** Ordering more often: {@code value} days now, {@code usual} days usually. */
		FREQUENCY,
		/** Swings: {@code value} of them in the last windows. */
		SWINGS,
		/** Risk complaints: {@code value} of them in the last {@code usual} days. */
		COMPLAINTS,
		/** The latest window is too large: {@code value} times the usual. */
		VOLUME

	}

	/** One sign, with its figures. */
	public record Sign(SignKind kind, BigDecimal value, BigDecimal usual) {

	}

	/** A customer with signs of a false big customer, the most signs first. */
	public record FalseBigSigns(Long customerId, String code, String name, Long ownerId, List<Sign> signs) {

	}

	/** Both lists. */
	public record Result(List<Anomaly> anomalies, List<FalseBigSigns> falseBig) {

	}

	/**
	 * Judges the customers of {@code volumes} (one row per customer and window with a
	 * purchase); {@code complaints} are the risk complaints per customer of the last
	 * {@code complaintDays} days, {@code complained} names those customers (only those in
	 * it are judged on complaints: the books the viewer sees).
	 */
	public static Result of(List<WindowVolume> volumes, Map<Long, Long> complaints, int complaintDays,
			Map<Long, NamedCustomer> complained, Rules rules) {
		Collector collector = new Collector(rules);
		volumes.forEach(collector::add);
		return collector.result(complaints, complaintDays, complained, ids -> Map.of());
	}

	/**
	 * The rules fed one row at a time (a scope's purchases streamed from the database):
	 * each customer is kept as a few numbers (amounts in cents, order days), without code
	 * and name, so that a million customers fit in a bounded heap; the customers listed
	 * in the result are named at the end.
	 */
	public static final class Collector {

		private final Rules rules;

		private final Map<Long, Series> series = new LinkedHashMap<>();

		private final Map<String, String> grades = new HashMap<>();

		public Collector(Rules rules) {
			this.rules = rules;
		}

		/** One customer's purchases in one window (code and name may be null). */
		public void add(WindowVolume v) {
			if (v.window() < 0 || v.window() > rules.history()) {
				return;
			}
			Series s = series.computeIfAbsent(v.customerId(), k -> new Series(v,
					(v.grade() != null) ? grades.computeIfAbsent(v.grade(), g -> g) : null, rules.history()));
			s.cents[v.window()] += v.amount().movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
			s.orders[v.window()] += v.orders();
		}

		/**
		 * The judgement; {@code names} names the customers listed (by id) whose rows came
		 * without code and name.
		 */
		public Result result(Map<Long, Long> complaints, int complaintDays, Map<Long, NamedCustomer> complained,
				java.util.function.Function<java.util.Set<Long>, Map<Long, NamedCustomer>> names) {
			List<Series> judged = series.values().stream().filter(s -> s.judged(rules.minWindows())).toList();
			Map<String, List<BigDecimal>> byGrade = new HashMap<>();
			List<BigDecimal> all = new ArrayList<>();
			judged.forEach(s -> {
				byGrade.computeIfAbsent(s.grade, g -> new ArrayList<>()).add(s.change());
				all.add(s.change());
			});
			BigDecimal overall = (all.size() >= MIN_PEERS) ? median(all) : BigDecimal.ONE;
			Map<String, BigDecimal> peersOfGrade = new HashMap<>();
			byGrade.forEach((grade, changes) -> peersOfGrade.put(grade,
					(changes.size() >= MIN_PEERS) ? median(changes) : overall));
			all.clear();
			byGrade.clear();
			List<Anomaly> anomalies = new ArrayList<>();
			Map<Long, List<Sign>> signs = new LinkedHashMap<>();
			for (Series s : judged) {
				BigDecimal peers = peersOfGrade.getOrDefault(s.grade, overall);
				BigDecimal change = s.change();
				Direction direction = null;
				if (change.compareTo(rules.factor().multiply(peers)) >= 0) {
					direction = Direction.HIGH;
				}
				else if (change.multiply(rules.factor()).compareTo(peers) <= 0) {
					direction = Direction.LOW;
				}
				if (direction != null) {
					anomalies.add(new Anomaly(s.id, s.code, s.name, s.ownerId, s.grade, direction, s.amount(0),
							s.usual().setScale(2, RoundingMode.HALF_UP), scale(change), scale(peers)));
				}
				List<Sign> found = new ArrayList<>();
				BigDecimal usualOrders = s.usualOrders();
				BigDecimal orders = BigDecimal.valueOf(s.orders[0]);
				if (orders.compareTo(rules.frequencyFactor().multiply(usualOrders)) >= 0
						&& orders.compareTo(usualOrders.add(BigDecimal.valueOf(MIN_EXTRA_ORDERS))) >= 0) {
					found.add(new Sign(SignKind.FREQUENCY, orders, usualOrders));
				}
				int swings = s.swings(rules.factor());
				if (swings >= MIN_SWINGS) {
					found.add(new Sign(SignKind.SWINGS, BigDecimal.valueOf(swings), null));
				}
				if (!found.isEmpty() && direction == Direction.HIGH) {
					found.add(new Sign(SignKind.VOLUME, scale(change), null));
				}
				if (!found.isEmpty()) {
					signs.put(s.id, found);
				}
			}
			// name those listed whose rows came without a name
			java.util.Set<Long> unnamed = new java.util.HashSet<>();
			anomalies.stream().filter(a -> a.code() == null).forEach(a -> unnamed.add(a.customerId()));
			signs.keySet().stream().filter(id -> series.get(id).code == null).forEach(unnamed::add);
			Map<Long, NamedCustomer> named = unnamed.isEmpty() ? Map.of() : names.apply(unnamed);
			anomalies.replaceAll(a -> (a.code() != null || !named.containsKey(a.customerId())) ? a
					: new Anomaly(a.customerId(), named.get(a.customerId()).code(), named.get(a.customerId()).name(),
							a.ownerId(), a.grade(), a.direction(), a.latest(), a.usual(), a.change(), a.peersChange()));
			Map<Long, FalseBigSigns> falseBig = new LinkedHashMap<>();
			signs.forEach((id, found) -> {
				Series s = series.get(id);
				NamedCustomer n = named.get(id);
				falseBig.put(id, new FalseBigSigns(id, (n != null) ? n.code() : s.code, (n != null) ? n.name() : s.name,
						s.ownerId, found));
			});
			complaints.forEach((id, count) -> {
				NamedCustomer c = complained.get(id);
				if (c == null || count <= 0) {
					return;
				}
				Sign sign = new Sign(SignKind.COMPLAINTS, BigDecimal.valueOf(count), BigDecimal.valueOf(complaintDays));
				FalseBigSigns known = falseBig.get(id);
				List<Sign> list = new ArrayList<>((known != null) ? known.signs() : List.of());
				list.add(0, sign);
				falseBig.put(id, new FalseBigSigns(id, c.code(), c.name(), c.ownerId(), List.copyOf(list)));
			});
			anomalies.sort(Comparator.comparing(Anomaly::direction)
				.thenComparing(a -> (a.direction() == Direction.HIGH) ? a.change().negate() : a.change())
				.thenComparing(Anomaly::customerId));
			List<FalseBigSigns> sorted = new ArrayList<>(falseBig.values());
			sorted.sort(Comparator.comparing((FalseBigSigns f) -> -f.signs().size())
				.thenComparing(FalseBigSigns::customerId));
			return new Result(List.copyOf(anomalies), List.copyOf(sorted));
		}

	}

	static BigDecimal median(List<BigDecimal> values) {
		BigDecimal[] sorted = values.toArray(BigDecimal[]::new);
		Arrays.sort(sorted);
		int n = sorted.length;
		if (n == 0) {
			return BigDecimal.ZERO;
		}
		return (n % 2 == 1) ? sorted[n / 2] : sorted[n / 2 - 1].add(sorted[n / 2]).divide(TWO, 6, RoundingMode.HALF_UP);
	}

	private static BigDecimal scale(BigDecimal ratio) {
		return ratio.setScale(1, RoundingMode.HALF_UP);
	}

	/** One customer's windows: amounts in cents, order days (window 0 the latest). */
	private static final class Series {

		final Long id;

		final String code;

		final String name;

		final Long ownerId;

		final String grade;

		final long[] cents;

		final int[] orders;

		private BigDecimal usual;

		private BigDecimal change;

		Series(WindowVolume v, String grade, int history) {
			this.id = v.customerId();
			this.code = v.code();
			this.name = v.name();
			this.ownerId = v.ownerId();
			this.grade = grade;
			this.cents = new long[history + 1];
			this.orders = new int[history + 1];
		}

		BigDecimal amount(int window) {
			return BigDecimal.valueOf(cents[window], 2);
		}

		boolean judged(int minWindows) {
			long bought = Arrays.stream(cents, 1, cents.length).filter(a -> a > 0).count();
			return bought >= minWindows && usual().signum() > 0;
		}

		/** The median of the earlier windows: read once all windows are filled. */
		BigDecimal usual() {
			if (this.usual == null) {
				List<BigDecimal> earlier = new ArrayList<>();
				for (int i = 1; i < cents.length; i++) {
					earlier.add(amount(i));
				}
				this.usual = median(earlier);
			}
			return this.usual;
		}

		BigDecimal usualOrders() {
			List<BigDecimal> days = new ArrayList<>();
			for (int i = 1; i < orders.length; i++) {
				days.add(BigDecimal.valueOf(orders[i]));
			}
			return median(days);
		}

		BigDecimal change() {
			if (this.change == null) {
				this.change = amount(0).divide(usual(), 6, RoundingMode.HALF_UP);
			}
			return this.change;
		}

		/**
		 * The turns between moves of at least {@code factor} times from one window to the
		 * next.
		 */
		int swings(BigDecimal factor) {
			int swings = 0;
			int last = 0;
			int windows = Math.min(SWING_WINDOWS, cents.length);
			for (int i = windows - 1; i > 0; i--) {
				BigDecimal before = amount(i);
				BigDecimal after = amount(i - 1);
				int direction = (after.compareTo(before.multiply(factor)) >= 0 && after.signum() > 0) ? 1
						: (before.compareTo(after.multiply(factor)) >= 0 && before.signum() > 0) ? -1 : 0;
				if (direction != 0 && direction != last) {
					if (last != 0) {
						swings++;
					}
					last = direction;
				}
			}
			return swings;
		}

	}

}
