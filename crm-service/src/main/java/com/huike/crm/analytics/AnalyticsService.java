package com.huike.crm.analytics;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.huike.crm.analytics.KeyAccountConcentration.Thresholds;
import com.huike.crm.complaint.CallCenterFigures;
import com.huike.crm.complaint.ComplaintService;
import com.huike.crm.customer.CustomerFigures;
import com.huike.crm.customer.CustomerFigures.Count;
import com.huike.crm.customer.CustomerFigures.OwnerSales;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.Viewer;
import com.huike.crm.identity.domain.Role;
import com.huike.crm.revisit.RevisitReportService;
import com.huike.crm.visitplan.VisitPlanService;
import com.huike.crm.shared.NotAllowedException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboards' figures, scoped by role: a manager their own book, a market manager
 * their team's, the customer-service manager and the administrator all; agents and
 * department handlers have none. The period is the last {@code months} months up to
 * today.
 */
@Service
@Transactional(readOnly = true)
public class AnalyticsService {

	/** The periods a dashboard offers, in months. */
	public static final List<Integer> PERIODS = List.of(1, 3, 6, 12);

	private final CustomerFigures figures;

	private final IdentityService identity;

	private final Thresholds thresholds;

	private final Clock clock;

	private final int churnDays;

	private final int staleDays;

	/** The lapsed customers a dashboard lists (the count is of all). */
	static final int CHURN_LIST = 100;

	/**
	 * The volume anomalies and false-big-customer signs a dashboard lists, each (the
	 * counts are of all).
	 */
	static final int SIGNAL_LIST = 100;

	private final ComplaintService complaints;

	private final CallCenterFigures callCenter;

	private final RevisitReportService revisits;

	private final VolumeSignals.Rules volumeRules;

	private final VisitPlanService visitPlans;

	private final GradeHistory gradeHistory;

	private final DashboardSnapshots snapshots;

	AnalyticsService(CustomerFigures figures, IdentityService identity, ComplaintService complaints,
			CallCenterFigures callCenter, RevisitReportService revisits, VisitPlanService visitPlans,
			GradeHistory gradeHistory, DashboardSnapshots snapshots, Clock clock,
			@Value("${huike.analytics.top3-share:40}") BigDecimal top3Share,
			@Value("${huike.analytics.largest-share:20}") BigDecimal largestShare,
			@Value("${huike.analytics.churn-days:90}") int churnDays,
			@Value("${huike.analytics.stale-days:180}") int staleDays,
			@Value("${huike.analytics.anomaly-days:30}") int anomalyDays,
			@Value("${huike.analytics.anomaly-history:6}") int anomalyHistory,
			@Value("${huike.analytics.anomaly-min-windows:3}") int anomalyMinWindows,
			@Value("${huike.analytics.anomaly-factor:3}") BigDecimal anomalyFactor,
			@Value("${huike.analytics.frequency-factor:1.5}") BigDecimal frequencyFactor) {
		this.figures = figures;
		this.complaints = complaints;
		this.callCenter = callCenter;
		this.revisits = revisits;
		this.visitPlans = visitPlans;
		this.gradeHistory = gradeHistory;
		this.snapshots = snapshots;
		int history = Math.max(2, anomalyHistory);
		this.volumeRules = new VolumeSignals.Rules(Math.max(7, anomalyDays), history,
				Math.min(history, Math.max(1, anomalyMinWindows)), anomalyFactor.max(BigDecimal.ONE),
				frequencyFactor.max(BigDecimal.ONE));
		this.churnDays = Math.max(1, churnDays);
		this.staleDays = Math.max(1, staleDays);
		this.identity = identity;
		this.clock = clock;
		this.thresholds = new Thresholds(top3Share, largestShare);
	}

	/** Whether the viewer has dashboards at all. */
	public static boolean mayAnalyse(Viewer viewer) {
		return viewer.isAdmin() || viewer.has(Role.SUPERVISOR) || viewer.has(Role.MANAGER)
				|| viewer.has(Role.CS_MANAGER);
	}

	/** The owners whose customers the viewer's figures are of; null for all. */
	static Collection<Long> owners(Viewer viewer) {
		if (!mayAnalyse(viewer)) {
			throw new NotAllowedException("analytics", "analytics.notAllowed");
		}
		if (viewer.isAdmin() || viewer.has(Role.CS_MANAGER)) {
			return null;
		}
		return viewer.visibleOwnerIds();
	}

	public VolumeSignals.Rules volumeRules() {
		return volumeRules;
	}

	public Thresholds thresholds() {
		return thresholds;
	}

	/**
	 * The viewer's dashboard for the last {@code months} months (1, 3, 6 or 12): the
	 * scope's figures (kept for a while for large scopes: {@link DashboardSnapshots}) and
	 * the call center's, read now.
	 */
	public Dashboard dashboard(Viewer viewer, int months) {
		Collection<Long> owners = owners(viewer);
		int period = period(months);
		String scopeName = scopeName(viewer);
		List<Count> grades = figures.byGrade(owners);
		long customers = grades.stream().mapToLong(Count::count).sum();
		ScopeFigures f = scope(owners, scopeName, period, customers);
		// the call center's figures: of every request, for those who read its reports
		boolean mayReadCallCenter = RevisitReportService.mayRead(viewer);
		java.time.Instant start = f.from().atStartOfDay(clock.getZone()).toInstant();
		java.time.Instant end = f.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant();
		return new Dashboard(f.from(), f.to(), period, f.computedAt(), snapshots.precomputed(customers), f.customers(),
				f.grades(), f.dealStatuses(), f.classifications(), f.products(), f.overall(), f.regions(), churnDays,
				f.churn(), Dashboard.rate(f.churn()), staleDays, f.quality(), volumeRules, f.signals().anomalies(),
				f.signals().falseBig(), f.anomalyCount(), f.falseBigCount(),
				mayReadCallCenter ? callCenter.figures(start, end, clock.instant()) : null,
				mayReadCallCenter ? revisits.report(f.from(), f.to(), viewer) : null, f.visitPlans(), f.gradeMonths(),
				f.loyalty());
	}

	/**
	 * Computes the dashboard of everything (the administrator's and the customer-service
	 * manager's) for the default period ahead, in the background, when it is large enough
	 * to be kept: at start-up, so that its first reader does not wait for it.
	 */
	public void computeAhead() {
		long customers = figures.byGrade(null).stream().mapToLong(Count::count).sum();
		if (snapshots.precomputed(customers)) {
			snapshots.inBackground(() -> scope(null, null, DEFAULT_PERIOD, customers));
		}
	}

	/** The period a dashboard opens with, in months. */
	public static final int DEFAULT_PERIOD = 3;

	/** The figures of a scope and period, as {@link DashboardSnapshots} has them. */
	private ScopeFigures scope(Collection<Long> owners, String scopeName, int period, long customers) {
		return snapshots.figures(DashboardSnapshots.Key.of(owners, scopeName, period), customers,
				() -> scopeFigures(owners, scopeName, period));
	}

	/** The figures of a scope and period, computed now. */
	private ScopeFigures scopeFigures(Collection<Long> owners, String scopeName, int period) {
		LocalDate to = LocalDate.now(clock);
		LocalDate from = from(period, to);
		List<Count> grades = figures.byGrade(owners);
		long customers = grades.stream().mapToLong(Count::count).sum();
		List<OwnerSales> sales = figures.salesByOwner(owners, from, to);
		VolumeSignals.Result signals = volumeSignals(owners, to);
		return new ScopeFigures(from, to, clock.instant(), customers, grades, figures.byDealStatus(owners),
				figures.byClassification(owners), figures.salesByProduct(owners, from, to),
				KeyAccountConcentration.ofOwners(scopeName, sales, thresholds), regions(sales),
				figures.churn(owners, to.minusDays(churnDays - 1L), CHURN_LIST), quality(owners),
				new VolumeSignals.Result(first(signals.anomalies()), first(signals.falseBig())),
				signals.anomalies().size(), signals.falseBig().size(),
				visitPlans.figures(owners, YearMonth.from(from), YearMonth.from(to)),
				gradeHistory.months(owners, YearMonth.from(from), grades),
				Rfm.of(figures.buyers(owners, from, to), to));
	}

	private static <T> List<T> first(List<T> all) {
		return List.copyOf(all.subList(0, Math.min(SIGNAL_LIST, all.size())));
	}

	/** One of the periods offered ({@link #PERIODS}), 3 months for any other. */
	private static int period(int months) {
		return PERIODS.contains(months) ? months : DEFAULT_PERIOD;
	}

	/** The first day of the {@code months} months that end with {@code to}. */
	private static LocalDate from(int months, LocalDate to) {
		return to.minusMonths(months).plusDays(1);
	}

	/**
	 * The volume anomalies and false-big-customer signs of the viewer's scope, as of
	 * today.
	 */
	public VolumeSignals.Result volumeSignals(Viewer viewer) {
		return volumeSignals(owners(viewer), LocalDate.now(clock));
	}

	private VolumeSignals.Result volumeSignals(Collection<Long> owners, LocalDate today) {
		VolumeSignals.Collector volumes = new VolumeSignals.Collector(volumeRules);
		figures.volumes(owners, today, volumeRules.days(), volumeRules.history() + 1, volumes::add);
		ComplaintService.RiskCounts risk = complaints.riskCounts();
		Map<Long, CustomerFigures.NamedCustomer> complained = new HashMap<>(figures.named(risk.counts().keySet()));
		if (owners != null) {
			complained.values().removeIf(c -> !owners.contains(c.ownerId()));
		}
		return volumes.result(risk.counts(), risk.days(), complained, figures::named);
	}

	/**
	 * Every customer of the viewer's scope who lapsed (the dashboard lists the latest
	 * 100).
	 */
	/**
	 * The buyers of the period of one RFM segment, the largest net sales first: the list
	 * a segment's count on the dashboard stands for.
	 */
	public List<Rfm.Scored> rfmCustomers(Viewer viewer, int months, Rfm.Segment segment) {
		Collection<Long> owners = owners(viewer);
		LocalDate to = LocalDate.now(clock);
		List<Rfm.Scored> scored = Rfm.score(figures.buyers(owners, from(period(months), to), to))
			.stream()
			.filter(s -> s.segment() == segment)
			.sorted(java.util.Comparator.comparing((Rfm.Scored s) -> s.buyer().net()).reversed())
			.toList();
		Map<Long, CustomerFigures.NamedCustomer> named = figures
			.named(scored.stream().map(s -> s.buyer().customerId()).toList());
		return scored.stream().map(s -> {
			CustomerFigures.Buyer b = s.buyer();
			CustomerFigures.NamedCustomer n = named.get(b.customerId());
			return new Rfm.Scored(
					new CustomerFigures.Buyer(b.customerId(), (n != null) ? n.code() : null,
							(n != null) ? n.name() : null, b.lastPurchase(), b.purchaseDays(), b.net(), b.since()),
					s.recency(), s.frequency(), s.value(), s.segment());
		}).toList();
	}

	public List<CustomerFigures.LapsedCustomer> lapsed(Viewer viewer) {
		Collection<Long> owners = owners(viewer);
		return figures.churn(owners, LocalDate.now(clock).minusDays(churnDays - 1L), Integer.MAX_VALUE).latest();
	}

	private List<Dashboard.ManagerQuality> quality(Collection<Long> owners) {
		List<CustomerFigures.ArchiveQuality> rows = figures.qualityByOwner(owners,
				clock.instant().minus(java.time.Duration.ofDays(staleDays)));
		Set<Long> ids = new HashSet<>();
		rows.forEach(r -> ids.add(r.ownerId()));
		Map<Long, String> names = identity.displayNames(ids);
		return rows.stream()
			.map(r -> new Dashboard.ManagerQuality(r.ownerId(), names.get(r.ownerId()), r.customers(),
					r.averageCompleteness(), r.stale()))
			.toList();
	}

	/** A market manager's figures are of their region: named so. */
	private String scopeName(Viewer viewer) {
		if (viewer.isAdmin() || viewer.has(Role.CS_MANAGER) || !viewer.has(Role.SUPERVISOR)
				|| viewer.teamMemberIds().isEmpty()) {
			return null;
		}
		Set<String> teams = new HashSet<>(identity.teamNames(viewer.teamMemberIds()).values());
		return (teams.size() == 1) ? teams.iterator().next() : null;
	}

	/**
	 * The key-account concentrations of the last {@code months} months that pass a
	 * threshold (overall first, then the regions): the dashboard's alerts without the
	 * rest of the dashboard, for the market manager's home page.
	 */
	public List<KeyAccountConcentration> alerts(Viewer viewer, int months) {
		Collection<Long> owners = owners(viewer);
		String scopeName = scopeName(viewer);
		// the dashboard's, when it has been computed (a home page does not wait for a
		// whole dashboard to be computed: the sales alone are read then)
		java.util.Optional<ScopeFigures> kept = snapshots
			.kept(DashboardSnapshots.Key.of(owners, scopeName, period(months)));
		if (kept.isPresent()) {
			return KeyAccountConcentration.alerts(kept.get().overall(), kept.get().regions());
		}
		LocalDate to = LocalDate.now(clock);
		List<OwnerSales> sales = figures.salesByOwner(owners, from(months, to), to);
		return KeyAccountConcentration.alerts(KeyAccountConcentration.ofOwners(scopeName, sales, thresholds),
				regions(sales));
	}

	/** Per region (the owners' teams), when the sales span more than one. */
	private List<KeyAccountConcentration> regions(List<OwnerSales> sales) {
		Set<Long> owners = new HashSet<>();
		sales.forEach(s -> owners.add(s.ownerId()));
		Map<Long, String> teams = identity.teamNames(owners);
		Map<String, List<OwnerSales>> byTeam = new TreeMap<>();
		for (OwnerSales s : sales) {
			String team = teams.get(s.ownerId());
			if (team != null) {
				byTeam.computeIfAbsent(team, k -> new java.util.ArrayList<>()).add(s);
			}
		}
		if (byTeam.size() < 2) {
			return List.of();
		}
		Map<String, KeyAccountConcentration> regions = new LinkedHashMap<>();
		byTeam.forEach((team, rows) -> regions.put(team, KeyAccountConcentration.ofOwners(team, rows, thresholds)));
		return List.copyOf(regions.values());
	}

}
