package com.huike.crm.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.huike.crm.customer.CustomerFigures.Churn;
import com.huike.crm.customer.CustomerFigures.Count;
import com.huike.crm.customer.CustomerFigures.ProductSales;
import com.huike.crm.visitplan.VisitPlanSummary;

/**
 * The figures of a dashboard that depend on its scope (the books) and period only, not on
 * who reads them: what {@link DashboardSnapshots} keeps for large scopes. The signals are
 * the first {@link AnalyticsService#SIGNAL_LIST} of each list (the strongest), with how
 * many there are in all (the exports have every one).
 */
record ScopeFigures(LocalDate from, LocalDate to, Instant computedAt, long customers, List<Count> grades,
		List<Count> dealStatuses, List<Count> classifications, List<ProductSales> products,
		KeyAccountConcentration overall, List<KeyAccountConcentration> regions, Churn churn,
		List<Dashboard.ManagerQuality> quality, VolumeSignals.Result signals, long anomalyCount, long falseBigCount,
		List<VisitPlanSummary> visitPlans, List<GradeHistory.GradeMonth> gradeMonths, Rfm.Result loyalty) {

}
