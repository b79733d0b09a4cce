package com.huike.crm.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import java.math.BigDecimal;

import com.huike.crm.complaint.CallCenterFigures;
import com.huike.crm.customer.CustomerFigures.Churn;
import com.huike.crm.customer.CustomerFigures.Count;
import com.huike.crm.customer.CustomerFigures.ProductSales;
import com.huike.crm.revisit.RevisitReport;
import com.huike.crm.visitplan.VisitPlanSummary;

/**
 * The dashboard of a viewer for a period: customer groups (now), the purchase structure
 * and key-account concentration (in the period: overall, then per region when the viewer
 * sees more than one), churn (buyers without a purchase in the last {@code churnDays}),
 * archive quality per manager (completeness, archives unchanged for {@code staleDays}),
 * volume anomalies and signs of false big customers ({@link VolumeSignals}: of the latest
 * windows of {@code volumeRules.days()} days, whatever the period; the first 100 of each,
 * the strongest, and how many in all), the call center's requests, complaints and
 * revisits of the period (for the customer-service manager and the administrator; null
 * for the others), the visit plans of the period's months (completion and lateness per
 * manager and month, {@link #visitPlanMonths()} per month), the grade distribution at the
 * end of each month of the period with a snapshot and now ({@link GradeHistory}: 宝塔型 →
 * 橄榄型), loyalty and the RFM segments of the period's buyers ({@link Rfm}), and when the
 * figures were computed: live, read at {@code computedAt}, or — {@code precomputed}, for
 * a large scope ({@link DashboardSnapshots}) — computed ahead at {@code computedAt} and
 * again every few minutes (the call center's figures are read live either way).
 */
public record Dashboard(LocalDate from, LocalDate to, int months, Instant computedAt, boolean precomputed,
		long customers, List<Count> grades, List<Count> dealStatuses, List<Count> classifications,
		List<ProductSales> products, KeyAccountConcentration overall, List<KeyAccountConcentration> regions,
		int churnDays, Churn churn, BigDecimal churnRate, int staleDays, List<ManagerQuality> quality,
		VolumeSignals.Rules volumeRules, List<VolumeSignals.Anomaly> anomalies,
		List<VolumeSignals.FalseBigSigns> falseBig, long anomalyCount, long falseBigCount,
		CallCenterFigures.Figures callCenter, RevisitReport revisits, List<VisitPlanSummary> visitPlans,
		List<GradeHistory.GradeMonth> gradeMonths, Rfm.Result loyalty) {

	/**
	 * The visit plans per month of the period, oldest first: how many plans, their
	 * actions and those done, the completion (done ÷ actions, in per cent), and how many
	 * plans came late (the chart; {@link #visitPlans} per manager).
	 */
	public List<PlanMonth> visitPlanMonths() {
		Map<YearMonth, List<VisitPlanSummary>> byMonth = new TreeMap<>();
		visitPlans.forEach(p -> byMonth.computeIfAbsent(p.month(), m -> new ArrayList<>()).add(p));
		List<PlanMonth> months = new ArrayList<>();
		byMonth.forEach((month, plans) -> {
			int actions = plans.stream().mapToInt(VisitPlanSummary::actions).sum();
			int done = plans.stream().mapToInt(VisitPlanSummary::done).sum();
			months.add(
					new PlanMonth(month, plans.size(), actions, done, VisitPlanSummary.completionPercent(done, actions),
							(int) plans.stream().filter(VisitPlanSummary::late).count()));
		});
		return months;
	}

	/** The visit plans of one month, all managers of the scope together. */
	public record PlanMonth(YearMonth month, int plans, int actions, int done, int completionPercent, int late) {

	}

	/** One manager's archives: how many, how complete on average, how many stale. */
	public record ManagerQuality(Long ownerId, String name, long customers, BigDecimal averageCompleteness,
			long stale) {

	}

	/**
	 * The share of the buyers who lapsed, in per cent to one decimal (0 without buyers).
	 */
	static BigDecimal rate(Churn churn) {
		return (churn.buyers() == 0) ? BigDecimal.ZERO : BigDecimal.valueOf(churn.lapsed() * 100)
			.divide(BigDecimal.valueOf(churn.buyers()), 1, java.math.RoundingMode.HALF_UP);
	}

	/** The concentrations that pass a threshold: overall first, then the regions. */
	public List<KeyAccountConcentration> alerts() {
		return KeyAccountConcentration.alerts(overall, regions);
	}

}
