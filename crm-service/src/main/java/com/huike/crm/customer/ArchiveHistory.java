package com.huike.crm.customer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import com.huike.crm.customer.domain.AdjustmentKind;
import com.huike.crm.customer.domain.CreditRating;
import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.customer.domain.PaymentMethod;
import com.huike.crm.customer.domain.ReportKind;
import com.huike.crm.customer.domain.Responsibility;
import com.huike.crm.shared.demo.DemoRandom;
import com.huike.crm.shared.demo.TradeProduct;
import com.huike.crm.shared.demo.TradeProduct.Tier;
import com.huike.crm.shared.demo.TradeProducts;
import com.huike.crm.shared.demo.TradeSeason;

/**
 * Invents the four archive parts of the demo customers and the archive's history, over
 * the two years before {@code today}: what each retailer bought (weekly or fortnightly
 * orders of the cigarettes that suit the shop, more before 春节 and before 中秋/国庆, less in
 * summer), returns, compensations and discounts with reason and responsibility, visit and
 * survey reports, the credit record with its payment terms, and the edits of the profile,
 * each by the customer's manager.
 * <p>
 * A closed deal (已成交) buys regularly from soon after the archive was opened; one in talks
 * (正在谈判) has placed a trial order or two lately; a potential one nothing. A closed
 * customer graded E stopped buying months ago (流失). In each manager's book one regular
 * customer's volume jumps in the last weeks (several times the usual, with extra orders:
 * a 假大户 sign) and another's collapses.
 * <p>
 * Deterministic: the same customers and day give the same archives.
 */
final class ArchiveHistory {

	static final long SEED = 20261125L;

	/** How a customer's purchases go. */
	enum Trend {

		/** Buys regularly. */
		STEADY,
		/** Buys regularly, several times as much lately. */
		JUMP,
		/** Bought regularly, hardly anything lately. */
		COLLAPSE,
		/** Bought regularly until it stopped, months ago. */
		LOST,
		/** A trial order or two lately. */
		TRIAL,
		/** Has bought nothing. */
		NONE

	}

	/** Days of the recent weeks in which a jump or a collapse shows. */
	static final int RECENT_DAYS = 75;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy年M月");

	private final LocalDate today;

	private final ZoneId zone;

	ArchiveHistory(LocalDate today, ZoneId zone) {
		this.today = today;
		this.zone = zone;
	}

	/**
	 * A customer as the generator needs it, with today's answers of the profile fields
	 * the history may show edited ({@link ArchiveNotes#EARLIER}, {@code companyAddress},
	 * {@code mobilePhone}, {@code classification}).
	 */
	record Subject(long key, long ownerId, Grade grade, DealStatus dealStatus, String classification, Instant createdAt,
			Map<String, String> answers) {
	}

	record Transaction(LocalDate date, Instant createdAt, TradeProduct product, int quantity, BigDecimal amount,
			String note) {
	}

	record Adjustment(LocalDate date, Instant createdAt, AdjustmentKind kind, String product, Integer quantity,
			BigDecimal amount, String reason, Responsibility responsibility, String responsibilityNote) {
	}

	record Report(LocalDate date, Instant createdAt, ReportKind kind, String title, String content) {
	}

	record Credit(CreditRating rating, BigDecimal limit, PaymentMethod method, Integer termDays,
			String financialRecords, String bankNotes, Instant updatedAt) {
	}

	/** One line of the archive's history: a field's old and new value. */
	record Edit(Instant at, String section, String field, String oldValue, String newValue) {
	}

	record Archive(Subject subject, Trend trend, List<Transaction> transactions, List<Adjustment> adjustments,
			List<Report> reports, Optional<Credit> credit, List<Edit> edits) {

		/** The last change of the archive: its freshness. */
		Optional<Instant> lastChange() {
			return Stream
				.of(transactions.stream().map(Transaction::createdAt), adjustments.stream().map(Adjustment::createdAt),
						reports.stream().map(Report::createdAt), edits.stream().map(Edit::at))
				.flatMap(s -> s)
				.max(Comparator.naturalOrder());
		}

	}

	/** The archives of the given customers, in their order. */
	List<Archive> archives(List<Subject> subjects) {
		Map<Subject, Trend> trends = trends(subjects);
		return subjects.stream().map(s -> archive(s, trends.get(s))).toList();
	}

	/**
	 * Each customer's trend; per manager, one long-standing regular customer jumps and
	 * another collapses.
	 */
	private Map<Subject, Trend> trends(List<Subject> subjects) {
		Map<Subject, Trend> trends = new HashMap<>();
		Map<Long, List<Subject>> regulars = new LinkedHashMap<>();
		for (Subject s : subjects) {
			Trend trend = switch (s.dealStatus()) {
				case CLOSED -> (s.grade() == Grade.E) ? Trend.LOST : Trend.STEADY;
				case NEGOTIATING -> DemoRandom.chance(random(s, 1), 0.7) ? Trend.TRIAL : Trend.NONE;
				case POTENTIAL -> Trend.NONE;
			};
			trends.put(s, trend);
			if (trend == Trend.STEADY && s.grade() != Grade.A && age(s) >= 400) {
				regulars.computeIfAbsent(s.ownerId(), k -> new ArrayList<>()).add(s);
			}
		}
		regulars.forEach((owner, candidates) -> {
			List<Subject> order = candidates.stream()
				.sorted(Comparator.comparingLong(s -> random(s, 2).nextLong()))
				.toList();
			trends.put(order.get(0), Trend.JUMP);
			if (order.size() > 1) {
				trends.put(order.get(1), Trend.COLLAPSE);
			}
		});
		return trends;
	}

	Archive archive(Subject s, Trend trend) {
		List<Transaction> transactions = transactions(s, trend, random(s, 3));
		List<Adjustment> adjustments = adjustments(s, transactions, random(s, 4));
		List<Report> reports = reports(s, transactions, random(s, 5));
		SplittableRandom random = random(s, 6);
		List<Edit> edits = new ArrayList<>(profileEdits(s, transactions, random));
		Optional<Credit> credit = credit(s, transactions, edits, random);
		edits.sort(Comparator.comparing(Edit::at));
		return new Archive(s, trend, transactions, adjustments, reports, credit, List.copyOf(edits));
	}

	// ------------------------------------------------------------------ transactions

	/**
	 * How a kind of shop orders: lines per order, cartons per line, weekly or not, tiers.
	 */
	private record Shop(int minLines, int maxLines, int minCartons, int maxCartons, double weekly, int[] tierWeights) {
	}

	private static Shop shop(String classification) {
		return switch ((classification != null) ? classification : "") {
			case "商超" -> new Shop(3, 6, 6, 20, 0.9, new int[] { 2, 4, 4 });
			case "批发" -> new Shop(3, 7, 15, 50, 1.0, new int[] { 3, 4, 3 });
			case "烟酒店" -> new Shop(3, 6, 4, 15, 0.9, new int[] { 5, 4, 1 });
			case "便利店" -> new Shop(2, 4, 3, 10, 0.8, new int[] { 1, 4, 5 });
			case "食杂店" -> new Shop(2, 4, 2, 6, 0.5, new int[] { 0, 3, 7 });
			case "娱乐服务" -> new Shop(2, 3, 2, 6, 0.4, new int[] { 6, 4, 0 });
			case "餐饮" -> new Shop(1, 3, 1, 4, 0.3, new int[] { 2, 5, 3 });
			default -> new Shop(1, 3, 1, 5, 0.3, new int[] { 1, 4, 5 });
		};
	}

	private List<Transaction> transactions(Subject s, Trend trend, SplittableRandom random) {
		List<Transaction> out = new ArrayList<>();
		if (trend == Trend.NONE || age(s) < 2) {
			return out;
		}
		Shop shop = shop(s.classification());
		List<TradeProduct> range = range(shop, random);
		LocalDate created = created(s);
		LocalDate yesterday = today.minusDays(1);
		if (trend == Trend.TRIAL) {
			LocalDate day = max(created.plusDays(1), today.minusDays(DemoRandom.between(random, 20, 70)));
			int orders = DemoRandom.between(random, 1, 3);
			for (int i = 0; i < orders && !day.isAfter(yesterday); i++) {
				order(out, day, shop, range, 1.0, (i == 0) ? "首次订货，试销" : null, random);
				day = day.plusDays(DemoRandom.between(random, 7, 20));
			}
			return out;
		}
		boolean weekly = DemoRandom.chance(random, shop.weekly());
		DayOfWeek orderDay = DayOfWeek.of(DemoRandom.between(random, 1, 5));
		LocalDate end = (trend == Trend.LOST) ? today.minusDays(DemoRandom.between(random, 100, 300)) : yesterday;
		LocalDate recent = today.minusDays(RECENT_DAYS);
		LocalDate day = created.plusDays(DemoRandom.between(random, 1, 14))
			.with(TemporalAdjusters.nextOrSame(orderDay));
		while (!day.isAfter(end)) {
			boolean lately = !day.isBefore(recent);
			double trendFactor = (trend == Trend.JUMP && lately) ? 2.8
					: (trend == Trend.COLLAPSE && lately) ? 0.2 : 1.0;
			boolean skipped = DemoRandom.chance(random, (trend == Trend.COLLAPSE && lately) ? 0.5 : 0.06);
			if (!skipped) {
				double factor = TradeSeason.volumeFactor(day) * trendFactor;
				String note = (factor >= 1.8 && trendFactor == 1.0) ? "节前备货" : null;
				order(out, day, shop, range, factor, note, random);
			}
			LocalDate extra = day.plusDays(3);
			if (trend == Trend.JUMP && lately && !extra.isAfter(end) && DemoRandom.chance(random, 0.6)) {
				// orders more often too
				order(out, extra, shop, range, trendFactor, null, random);
			}
			day = day.plusWeeks(weekly ? 1 : 2);
		}
		return out;
	}

	/** The products a shop keeps: four to eight, mostly of the tiers it sells. */
	private static List<TradeProduct> range(Shop shop, SplittableRandom random) {
		List<TradeProduct> range = new ArrayList<>();
		int size = DemoRandom.between(random, 4, 8);
		int total = shop.tierWeights()[0] + shop.tierWeights()[1] + shop.tierWeights()[2];
		for (int tries = 0; range.size() < size && tries < 50; tries++) {
			int r = random.nextInt(total);
			Tier tier = (r < shop.tierWeights()[0]) ? Tier.HIGH
					: (r < shop.tierWeights()[0] + shop.tierWeights()[1]) ? Tier.MIDDLE : Tier.ORDINARY;
			TradeProduct product = DemoRandom.pick(random, TradeProducts.of(tier));
			if (!range.contains(product)) {
				range.add(product);
			}
		}
		return range;
	}

	private void order(List<Transaction> out, LocalDate day, Shop shop, List<TradeProduct> range, double factor,
			String note, SplittableRandom random) {
		int lines = Math.min(range.size(), DemoRandom.between(random, shop.minLines(), shop.maxLines()));
		List<TradeProduct> chosen = new ArrayList<>(range);
		Instant at = at(day, 9, 16, random);
		for (int i = 0; i < lines; i++) {
			TradeProduct product = chosen.remove(random.nextInt(chosen.size()));
			int cartons = DemoRandom.between(random, shop.minCartons(), shop.maxCartons());
			if (product.scarce()) {
				// allotted by the retailer's grade: a few cartons at most
				cartons = Math.min(cartons, DemoRandom.between(random, 1, 3));
			}
			int quantity = (int) Math.max(1, Math.round(cartons * factor * (0.75 + random.nextDouble() * 0.5)));
			String lineNote = (note == null && product.scarce()) ? "紧俏品规，按档位配额供应" : note;
			out.add(new Transaction(day, at, product, quantity, amount(product.wholesalePrice(), quantity), lineNote));
		}
	}

	// ------------------------------------------------------------------ adjustments

	private List<Adjustment> adjustments(Subject s, List<Transaction> transactions, SplittableRandom random) {
		List<Adjustment> out = new ArrayList<>();
		if (transactions.size() < 5 || !DemoRandom.chance(random, 0.6)) {
			return out;
		}
		int count = DemoRandom.between(random, 1, 3);
		for (int i = 0; i < count; i++) {
			Transaction bought = DemoRandom.pick(random, transactions);
			LocalDate day = bought.date().plusDays(DemoRandom.between(random, 0, 6));
			if (!day.isBefore(today)) {
				day = bought.date();
			}
			ArchiveNotes.Adjustment what = DemoRandom.pick(random, ArchiveNotes.ADJUSTMENTS);
			BigDecimal price = bought.product().wholesalePrice();
			Integer quantity;
			BigDecimal amount;
			switch (what.kind()) {
				case RETURN -> {
					quantity = DemoRandom.between(random, 1, Math.min(3, bought.quantity()));
					amount = amount(price, quantity);
				}
				case COMPENSATION -> {
					quantity = null;
					amount = BigDecimal.valueOf(DemoRandom.between(random, 5, 40) * 10L).setScale(2);
				}
				default -> {
					quantity = bought.quantity();
					amount = amount(price, quantity).multiply(BigDecimal.valueOf(DemoRandom.between(random, 3, 8)))
						.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
				}
			}
			out.add(new Adjustment(day, at(day, 10, 17, random), what.kind(), bought.product().name(), quantity, amount,
					what.reason(), what.responsibility(), what.note()));
		}
		out.sort(Comparator.comparing(Adjustment::date));
		return out;
	}

	// ------------------------------------------------------------------ reports

	private List<Report> reports(Subject s, List<Transaction> transactions, SplittableRandom random) {
		int[] range = switch (s.grade()) {
			case A -> new int[] { 3, 6 };
			case B -> new int[] { 2, 5 };
			case C -> new int[] { 1, 4 };
			case D -> new int[] { 0, 2 };
			case E -> new int[] { 0, 1 };
		};
		long age = age(s);
		List<Report> out = new ArrayList<>();
		if (age < 4) {
			return out;
		}
		int count = (int) Math.min(DemoRandom.between(random, range[0], range[1]), age / 20 + 1);
		for (int i = 0; i < count; i++) {
			LocalDate day = created(s).plusDays(DemoRandom.between(random, 3, (int) age - 1));
			out.add(DemoRandom.chance(random, 0.75) ? visit(s, day, transactions, random) : survey(day, random));
		}
		out.sort(Comparator.comparing(Report::date));
		return out;
	}

	private Report visit(Subject s, LocalDate day, List<Transaction> transactions, SplittableRandom random) {
		List<Transaction> before = transactions.stream()
			.filter(t -> t.date().isBefore(day) && !t.date().isBefore(day.minusDays(90)))
			.toList();
		String volume;
		if (before.isEmpty()) {
			volume = "尚未形成稳定订货，对" + DemoRandom.pick(random, TradeProducts.ALL).name() + "有兴趣。";
		}
		else {
			long cartons = before.stream().mapToLong(Transaction::quantity).sum();
			Map<String, Long> byProduct = new HashMap<>();
			before.forEach(t -> byProduct.merge(t.product().name(), (long) t.quantity(), Long::sum));
			List<String> top = byProduct.entrySet()
				.stream()
				.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
				.limit(2)
				.map(Map.Entry::getKey)
				.toList();
			volume = "近三个月月均进货约" + Math.max(1, cartons / 3) + "条，主销" + String.join("、", top) + "。";
		}
		String content = ArchiveNotes.VISIT.replace("{d}", DAY.format(day))
			.replace("{t}",
					(s.classification() != null ? s.classification() + "，" : "")
							+ DemoRandom.pick(random, ArchiveNotes.TRAFFIC))
			.replace("{v}", volume)
			.replace("{r}", DemoRandom.pick(random, ArchiveNotes.PROBLEMS))
			.replace("{a}", DemoRandom.pick(random, ArchiveNotes.ADVICE));
		String title = MONTH.format(day) + "走访报告：" + DemoRandom.pick(random, ArchiveNotes.VISIT_TOPICS);
		return new Report(day, at(day, 17, 20, random), ReportKind.VISIT, title, fill(content, random));
	}

	private Report survey(LocalDate day, SplittableRandom random) {
		String[] survey = DemoRandom.pick(random, ArchiveNotes.SURVEYS);
		int shops = DemoRandom.between(random, 3, 9);
		int brands = DemoRandom.between(random, 8, 15);
		String content = survey[1].replace("{d}", DAY.format(day))
			.replace("{area}", String.valueOf(DemoRandom.between(random, 15, 120)))
			.replace("{staff}", String.valueOf(DemoRandom.between(random, 1, 5)))
			.replace("{share}", String.valueOf(DemoRandom.between(random, 15, 60)))
			.replace("{shops}", String.valueOf(shops))
			.replace("{stores}", String.valueOf(DemoRandom.between(random, 1, shops - 1)))
			.replace("{brands}", String.valueOf(brands))
			.replace("{priced}", String.valueOf(brands - DemoRandom.between(random, 0, 2)))
			.replace("{diff}", String.valueOf(DemoRandom.between(random, 1, 3)))
			.replace("{asked}", String.valueOf(DemoRandom.between(random, 20, 60)))
			.replace("{pct}", String.valueOf(DemoRandom.between(random, 40, 70)))
			.replace("{c}", DemoRandom.pick(random, ArchiveNotes.CROWDS))
			.replace("{w}", DemoRandom.pick(random, ArchiveNotes.WISHES))
			.replace("{s}", DemoRandom.pick(random, ArchiveNotes.STRENGTHS));
		return new Report(day, at(day, 14, 19, random), ReportKind.SURVEY, survey[0], fill(content, random));
	}

	private static String fill(String text, SplittableRandom random) {
		TradeProduct p = DemoRandom.pick(random, TradeProducts.ALL);
		TradeProduct q = DemoRandom.pick(random, TradeProducts.ALL);
		return text.replace("{p}", p.name()).replace("{q}", q.equals(p) ? "其他品规" : q.name());
	}

	// ------------------------------------------------------------------ credit

	/**
	 * The credit record (with the edits of its two saves in the history), for customers
	 * who buy or are about to.
	 */
	private Optional<Credit> credit(Subject s, List<Transaction> transactions, List<Edit> edits,
			SplittableRandom random) {
		double share = switch (s.dealStatus()) {
			case CLOSED -> 1.0;
			case NEGOTIATING -> 0.6;
			case POTENTIAL -> 0.15;
		};
		long age = age(s);
		if (age < 3 || !DemoRandom.chance(random, share)) {
			return Optional.empty();
		}
		int r = random.nextInt(100);
		CreditRating rating = (s.grade() == Grade.E) ? (r < 60 ? CreditRating.B : CreditRating.C) : (r < 10)
				? CreditRating.AAA
				: (r < 40) ? CreditRating.AA : (r < 75) ? CreditRating.A : (r < 93) ? CreditRating.B : CreditRating.C;
		boolean large = "商超".equals(s.classification()) || "批发".equals(s.classification());
		int m = random.nextInt(100);
		PaymentMethod method;
		Integer term = null;
		BigDecimal limit = null;
		if (large && m < 40) {
			method = PaymentMethod.ON_ACCOUNT;
			term = DemoRandom.pick(random, new Integer[] { 7, 15, 30 });
			limit = BigDecimal.valueOf(DemoRandom.between(random, 4, 40) * 5000L).setScale(2);
		}
		else if (large && m < 60) {
			method = PaymentMethod.BANK_ACCEPTANCE;
			term = DemoRandom.pick(random, new Integer[] { 90, 180 });
			limit = BigDecimal.valueOf(DemoRandom.between(random, 10, 60) * 5000L).setScale(2);
		}
		else {
			method = (m < 80) ? PaymentMethod.PREPAYMENT : PaymentMethod.CASH_ON_DELIVERY;
		}
		String bank = DemoRandom.pick(random, ArchiveNotes.BANKS) + "，结算账户尾号"
				+ String.format("%04d", random.nextInt(10000)) + "，已签约电子结算";
		BigDecimal lastYear = transactions.stream()
			.filter(t -> t.date().isAfter(today.minusDays(366)))
			.map(Transaction::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		String records = (lastYear.signum() == 0) ? "尚未发生交易，建档时核验了营业执照和零售许可证。"
				: "近12个月订货金额约" + lastYear.divide(BigDecimal.valueOf(10000), 1, RoundingMode.HALF_UP) + "万元，"
						+ ((rating.ordinal() <= CreditRating.A.ordinal()) ? "结算及时，无拖欠记录。" : "偶有余额不足导致订单失败。");
		// opened soon after the archive; reviewed lately (年度信用评估) when the archive is
		// older
		boolean reviewed = age > 120;
		CreditRating firstRating = (reviewed && rating != CreditRating.C && DemoRandom.chance(random, 0.4))
				? CreditRating.values()[rating.ordinal() + 1] : rating;
		PaymentMethod firstMethod = (reviewed && method == PaymentMethod.PREPAYMENT && DemoRandom.chance(random, 0.3))
				? PaymentMethod.CASH_ON_DELIVERY : method;
		Map<String, String> first = new LinkedHashMap<>();
		first.put("creditRating", firstRating.name());
		first.put("creditLimit", text(limit));
		first.put("paymentMethod", firstMethod.name());
		first.put("paymentTermDays", (term != null) ? term.toString() : null);
		first.put("financialRecords", "建档时核验了营业执照、零售许可证和银行开户信息。");
		first.put("bankNotes", bank);
		Instant updated = at(created(s).plusDays(Math.min(age - 1, DemoRandom.between(random, 1, 30))), 9, 17, random);
		edits.addAll(creditEdits(updated, Map.of(), first));
		if (reviewed) {
			updated = at(today.minusDays(DemoRandom.between(random, 5, 90)), 9, 17, random);
			Map<String, String> now = new LinkedHashMap<>(first);
			now.put("creditRating", rating.name());
			now.put("paymentMethod", method.name());
			now.put("financialRecords", records);
			edits.addAll(creditEdits(updated, first, now));
		}
		else {
			records = first.get("financialRecords");
		}
		return Optional.of(new Credit(rating, limit, method, term, records, bank, updated));
	}

	/** As the credit page records a save: one line per changed field. */
	private static List<Edit> creditEdits(Instant at, Map<String, String> before, Map<String, String> after) {
		List<Edit> out = new ArrayList<>();
		after.forEach((field, value) -> {
			String old = before.get(field);
			if (!Objects.equals(old, value)) {
				out.add(new Edit(at, "credit", "credit." + field, old, value));
			}
		});
		return out;
	}

	// ------------------------------------------------------------------ profile edits

	/**
	 * Edits of the profile that led to today's answers: earlier answers replaced, an
	 * answer added later, the deal status moved on.
	 */
	private List<Edit> profileEdits(Subject s, List<Transaction> transactions, SplittableRandom random) {
		List<Edit> out = new ArrayList<>();
		long age = age(s);
		if (age < 5) {
			return out;
		}
		if (s.dealStatus() == DealStatus.CLOSED && !transactions.isEmpty()) {
			out.add(new Edit(transactions.get(0).createdAt().minus(2, ChronoUnit.HOURS), "head", "dealStatus",
					DealStatus.NEGOTIATING.name(), DealStatus.CLOSED.name()));
		}
		else if (s.dealStatus() == DealStatus.NEGOTIATING && DemoRandom.chance(random, 0.6)) {
			out.add(new Edit(someDay(s, random), "head", "dealStatus", DealStatus.POTENTIAL.name(),
					DealStatus.NEGOTIATING.name()));
		}
		if (!DemoRandom.chance(random, 0.75)) {
			return out;
		}
		List<String> keys = new ArrayList<>(s.answers().keySet());
		keys.removeIf(k -> s.answers().get(k) == null);
		int count = Math.min(keys.size(), DemoRandom.between(random, 1, 4));
		for (int i = 0; i < count; i++) {
			String key = keys.remove(random.nextInt(keys.size()));
			String now = s.answers().get(key);
			String before = earlier(key, now, random);
			out.add(new Edit(someDay(s, random), ProfileCatalog.field(key).section().key(), key, before, now));
		}
		return out;
	}

	/** What the field held before today's answer (null: it was added later). */
	private static String earlier(String key, String now, SplittableRandom random) {
		switch (key) {
			case "mobilePhone" -> {
				return "13" + (5 + random.nextInt(5)) + String.format("%08d", random.nextInt(100_000_000));
			}
			case "companyAddress" -> {
				String moved = now.replaceFirst("\\d+号$", DemoRandom.between(random, 1, 999) + "号");
				return moved.equals(now) ? null : moved;
			}
			case "classification" -> {
				return ArchiveNotes.FORMER_CLASSIFICATION.get(now);
			}
			default -> {
				String[] earlier = ArchiveNotes.EARLIER.get(key);
				String pick = (earlier != null) ? DemoRandom.pick(random, earlier) : null;
				return (pick == null || pick.equals(now) || DemoRandom.chance(random, 0.25)) ? null : pick;
			}
		}
	}

	/** The profile keys the history may show edited. */
	static List<String> editableKeys() {
		List<String> keys = new ArrayList<>(List.of("mobilePhone", "companyAddress", "classification"));
		keys.addAll(ArchiveNotes.EARLIER.keySet().stream().sorted().toList());
		return keys;
	}

	// ------------------------------------------------------------------ common

	private Instant someDay(Subject s, SplittableRandom random) {
		return at(created(s).plusDays(DemoRandom.between(random, 1, (int) age(s) - 1)), 9, 18, random);
	}

	private Instant at(LocalDate day, int fromHour, int toHour, SplittableRandom random) {
		LocalTime time = LocalTime.of(DemoRandom.between(random, fromHour, toHour - 1), random.nextInt(60));
		return day.atTime(time).atZone(zone).toInstant();
	}

	private static BigDecimal amount(BigDecimal price, long quantity) {
		return price.multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_UP);
	}

	private static String text(BigDecimal value) {
		return (value != null) ? value.stripTrailingZeros().toPlainString() : null;
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	private LocalDate created(Subject s) {
		return s.createdAt().atZone(zone).toLocalDate();
	}

	private long age(Subject s) {
		return Math.max(0, ChronoUnit.DAYS.between(created(s), today));
	}

	private static SplittableRandom random(Subject s, long part) {
		return DemoRandom.of(SEED + part, s.key());
	}

}
