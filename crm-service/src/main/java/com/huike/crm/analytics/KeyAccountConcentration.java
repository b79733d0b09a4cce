package com.huike.crm.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import com.huike.crm.customer.CustomerFigures.CustomerSales;
import com.huike.crm.customer.CustomerFigures.OwnerSales;

/**
 * How much of a set of customers' sales the largest of them hold (大客户集中度, seed 002: "the
 * three largest customers hold more than 40 % of sales, or one customer more than 20 %"
 * is a risk to be told). Only customers with positive net sales count; a period without
 * sales has no concentration and no alert.
 *
 * @param scope what the figures are of: a region's name, or null for all the viewer sees
 * @param total the net sales of all of them
 * @param top the three largest (fewer when there are fewer), the largest first
 * @param top3Share the share of the three largest, in per cent to one decimal
 * @param largestShare the share of the largest, in per cent to one decimal
 */
public record KeyAccountConcentration(String scope, BigDecimal total, List<CustomerSales> top, BigDecimal top3Share,
		BigDecimal largestShare, boolean top3Alert, boolean largestAlert) {

	/**
	 * The thresholds, in per cent ({@code huike.analytics.top3-share},
	 * {@code largest-share}).
	 */
	public record Thresholds(BigDecimal top3Share, BigDecimal largestShare) {

		public static final Thresholds SEED = new Thresholds(new BigDecimal("40"), new BigDecimal("20"));

	}

	public boolean alert() {
		return top3Alert || largestAlert;
	}

	/** Those that pass a threshold: the overall one first, then the regions in order. */
	public static List<KeyAccountConcentration> alerts(KeyAccountConcentration overall,
			List<KeyAccountConcentration> regions) {
		List<KeyAccountConcentration> alerts = new java.util.ArrayList<>();
		if (overall.alert()) {
			alerts.add(overall);
		}
		regions.stream().filter(KeyAccountConcentration::alert).forEach(alerts::add);
		return alerts;
	}

	/** The concentration of these customers' sales (in any order). */
	public static KeyAccountConcentration of(String scope, List<CustomerSales> sales, Thresholds thresholds) {
		List<CustomerSales> positive = sales.stream().filter(s -> s.amount().signum() > 0).sorted(LARGEST).toList();
		BigDecimal total = positive.stream().map(CustomerSales::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
		return of(scope, total, positive.subList(0, Math.min(3, positive.size())), thresholds);
	}

	/**
	 * The concentration of the sales of these managers' customers, from each manager's
	 * total and three largest ({@link OwnerSales}): the three largest of all are among
	 * them.
	 */
	public static KeyAccountConcentration ofOwners(String scope, List<OwnerSales> owners, Thresholds thresholds) {
		BigDecimal total = owners.stream().map(OwnerSales::total).reduce(BigDecimal.ZERO, BigDecimal::add);
		List<CustomerSales> top = owners.stream()
			.flatMap(o -> o.top().stream())
			.filter(s -> s.amount().signum() > 0)
			.sorted(LARGEST)
			.limit(3)
			.toList();
		return of(scope, total, top, thresholds);
	}

	/** The largest first, equal ones by customer. */
	private static final java.util.Comparator<CustomerSales> LARGEST = java.util.Comparator
		.comparing(CustomerSales::amount, java.util.Comparator.reverseOrder())
		.thenComparing(CustomerSales::customerId);

	/** From the positive net sales' total and the three largest, the largest first. */
	private static KeyAccountConcentration of(String scope, BigDecimal total, List<CustomerSales> top,
			Thresholds thresholds) {
		if (total.signum() == 0 || top.isEmpty()) {
			return new KeyAccountConcentration(scope, total, List.of(), BigDecimal.ZERO, BigDecimal.ZERO, false, false);
		}
		BigDecimal top3 = top.stream().map(CustomerSales::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal top3Share = percent(top3, total);
		BigDecimal largestShare = percent(top.get(0).amount(), total);
		// "more than": at exactly 40 % there is no alert; compared unrounded
		boolean top3Alert = top3.multiply(BigDecimal.valueOf(100))
			.compareTo(thresholds.top3Share().multiply(total)) > 0;
		boolean largestAlert = top.get(0)
			.amount()
			.multiply(BigDecimal.valueOf(100))
			.compareTo(thresholds.largestShare().multiply(total)) > 0;
		return new KeyAccountConcentration(scope, total, List.copyOf(top), top3Share, largestShare, top3Alert,
				largestAlert);
	}

	private static BigDecimal percent(BigDecimal part, BigDecimal total) {
		return part.multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_UP);
	}

}
