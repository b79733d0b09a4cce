package com.huike.crm.analytics.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.huike.crm.analytics.AnalyticsService;
import com.huike.crm.analytics.Dashboard;
import com.huike.crm.analytics.GradeHistory;
import com.huike.crm.analytics.Rfm;
import com.huike.crm.analytics.KeyAccountConcentration;
import com.huike.crm.analytics.VolumeSignals;
import com.huike.crm.analytics.VolumeSignals.Anomaly;
import com.huike.crm.analytics.VolumeSignals.FalseBigSigns;
import com.huike.crm.audit.web.ListExports;
import com.huike.crm.complaint.CallCenterFigures;
import com.huike.crm.audit.web.ListExports.Column;
import com.huike.crm.analytics.Dashboard.ManagerQuality;
import com.huike.crm.customer.CustomerFigures.Count;
import com.huike.crm.customer.CustomerFigures.LapsedCustomer;
import com.huike.crm.customer.CustomerFigures.CustomerSales;
import com.huike.crm.customer.CustomerFigures.ProductSales;
import com.huike.crm.identity.Viewer;
import com.huike.crm.identity.domain.Role;
import com.huike.crm.visitplan.VisitPlanSummary;
import com.huike.crm.shared.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 统计分析: the dashboard of the viewer's scope for a period — each chart with the table of
 * its numbers under it, each figure a link to the list it summarises, each table as a
 * file. The charts are drawn by ECharts from the same numbers (data-chart); without
 * JavaScript the tables are the page.
 */
@Controller
@RequestMapping("/analytics")
class AnalyticsController {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A row of the key accounts' table: the scope, the rank and the customer. */
	record KeyAccountRow(String region, int rank, CustomerSales customer, BigDecimal share) {

	}

	private final AnalyticsService analytics;

	private final ListExports exports;

	private final MessageSource messages;

	AnalyticsController(AnalyticsService analytics, ListExports exports, MessageSource messages) {
		this.analytics = analytics;
		this.exports = exports;
		this.messages = messages;
	}

	@GetMapping
	String dashboard(@RequestParam(defaultValue = "3") int months, Viewer viewer, Model model, Locale locale) {
		Dashboard dashboard = analytics.dashboard(viewer, months);
		model.addAttribute("dashboard", dashboard);
		model.addAttribute("periods", AnalyticsService.PERIODS);
		model.addAttribute("thresholds", analytics.thresholds());
		model.addAttribute("keyAccounts", keyAccounts(dashboard));
		Map<String, String> charts = new LinkedHashMap<>();
		charts.put("grades", chart("bar", dashboard.grades(), c -> c.value(), c -> link("grade", c.value()), locale));
		charts.put("dealStatuses",
				chart("pie", dashboard.dealStatuses(),
						c -> messages.getMessage("customer.dealStatus." + c.value(), null, c.value(), locale),
						c -> link("dealStatus", c.value()), locale));
		charts.put("classifications", chart("bar", dashboard.classifications().stream().limit(10).toList(),
				c -> c.value().isEmpty() ? messages.getMessage("analytics.unclassified", null, locale) : c.value(),
				c -> c.value().isEmpty() ? null : link("classification", c.value()), locale));
		charts.put("products", productChart(dashboard.products().stream().limit(10).toList(), locale));
		if (dashboard.callCenter() != null) {
			charts.put("complaintCategories", complaintChart(dashboard.callCenter().categories(), locale));
		}
		charts.put("visitPlans", visitPlanChart(dashboard.visitPlanMonths(), locale));
		charts.put("gradeMonths", gradeMonthsChart(dashboard.gradeMonths(), locale));
		charts.put("rfm", rfmChart(dashboard.loyalty(), locale));
		model.addAttribute("gradeColumns", GradeHistory.GRADES);
		model.addAttribute("charts", charts);
		// the plans open to managers (their own), market managers (their teams') and the
		// administrator
		model.addAttribute("planLinks", viewer.isAdmin() || viewer.has(Role.MANAGER) || viewer.has(Role.SUPERVISOR));
		model.addAttribute("planTeamLinks", viewer.isAdmin() || viewer.has(Role.SUPERVISOR));
		return "analytics/index";
	}

	private static String link(String filter, String value) {
		return UriComponentsBuilder.fromPath("/customers").queryParam(filter, value).encode().build().toUriString();
	}

	private String chart(String type, List<Count> counts, java.util.function.Function<Count, String> label,
			java.util.function.Function<Count, String> link, Locale locale) {
		Map<String, Object> spec = spec(type, "analytics.customers", counts.stream().map(label).toList(),
				counts.stream().map(Count::count).toList(), locale);
		List<String> links = new ArrayList<>();
		counts.forEach(c -> links.add(link.apply(c)));
		spec.put("links", links);
		return JSON.writeValueAsString(spec);
	}

	/**
	 * What charts.js draws: the chart's type, its series' name (a message key), the
	 * labels and the values; a chart adds its links or series.
	 */
	private Map<String, Object> spec(String type, String nameKey, List<?> labels, List<?> values, Locale locale) {
		Map<String, Object> spec = new LinkedHashMap<>();
		spec.put("type", type);
		spec.put("name", messages.getMessage(nameKey, null, locale));
		spec.put("labels", labels);
		spec.put("values", values);
		return spec;
	}

	private String productChart(List<ProductSales> products, Locale locale) {
		return JSON.writeValueAsString(
				spec("bar", "analytics.products.net", products.stream().map(ProductSales::product).toList(),
						products.stream().map(ProductSales::net).toList(), locale));
	}

	/** The buyers of one RFM segment of the period, the largest first, as a file. */
	private ResponseEntity<StreamingResponseBody> rfmCustomers(int months, String segment, ListExports.Format format,
			Viewer viewer, Locale locale) {
		Rfm.Segment s = java.util.Arrays.stream(Rfm.Segment.values())
			.filter(v -> v.name().equals(segment))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("RFM segment", segment));
		List<Rfm.Scored> buyers = analytics.rfmCustomers(viewer, months, s);
		return exports.export("analytics", "analytics.rfm." + s,
				"table=rfmCustomers segment=" + s + " months=" + months, format,
				List.of(new Column<Rfm.Scored>("customer.code", b -> b.buyer().code()),
						new Column<Rfm.Scored>("customer.name", b -> b.buyer().name()),
						new Column<Rfm.Scored>("analytics.lastPurchase", b -> b.buyer().lastPurchase()),
						new Column<Rfm.Scored>("analytics.rfm.days", b -> b.buyer().purchaseDays()),
						new Column<Rfm.Scored>("analytics.net", b -> b.buyer().net()),
						new Column<Rfm.Scored>("analytics.rfm.scores",
								b -> b.recency() + "-" + b.frequency() + "-" + b.value())),
				sink -> buyers.forEach(sink), viewer, locale);
	}

	private String rfmChart(Rfm.Result loyalty, Locale locale) {
		return JSON.writeValueAsString(spec("pie", "analytics.customers",
				loyalty.segments()
					.stream()
					.map(l -> messages.getMessage("analytics.rfm." + l.segment(), null, locale))
					.toList(),
				loyalty.segments().stream().map(Rfm.SegmentLine::customers).toList(), locale));
	}

	/** Stacked bars: a month each, a series per grade. */
	private String gradeMonthsChart(List<GradeHistory.GradeMonth> months, Locale locale) {
		Map<String, Object> spec = spec("stack", "analytics.customers", months.stream()
			.map(m -> m.live() ? messages.getMessage("analytics.gradeMonths.now", new Object[] { m.month() }, locale)
					: m.month().toString())
			.toList(), months.stream().map(GradeHistory.GradeMonth::total).toList(), locale);
		List<Map<String, Object>> series = new ArrayList<>();
		for (String g : GradeHistory.GRADES) {
			series.add(Map.of("name", g.equals("-") ? messages.getMessage("analytics.ungraded", null, locale) : g,
					"values", months.stream().map(m -> m.of(g)).toList()));
		}
		spec.put("series", series);
		return JSON.writeValueAsString(spec);
	}

	private String visitPlanChart(List<Dashboard.PlanMonth> months, Locale locale) {
		return JSON.writeValueAsString(
				spec("bar", "visitplan.completion", months.stream().map(m -> m.month().toString()).toList(),
						months.stream().map(Dashboard.PlanMonth::completionPercent).toList(), locale));
	}

	private String complaintChart(List<CallCenterFigures.Line> lines, Locale locale) {
		return JSON.writeValueAsString(
				spec("bar", "analytics.callCenter.complaints", lines.stream().map(l -> lineName(l, locale)).toList(),
						lines.stream().map(CallCenterFigures.Line::received).toList(), locale));
	}

	private String lineName(CallCenterFigures.Line line, Locale locale) {
		if (line.name() == null) {
			return messages.getMessage("analytics.callCenter.unassigned", null, locale);
		}
		return "en".equals(locale.getLanguage()) ? line.nameEn() : line.name();
	}

	static List<KeyAccountRow> keyAccounts(Dashboard dashboard) {
		List<KeyAccountRow> rows = new ArrayList<>();
		List<KeyAccountConcentration> all = new ArrayList<>();
		all.add(dashboard.overall());
		all.addAll(dashboard.regions());
		for (KeyAccountConcentration c : all) {
			for (int i = 0; i < c.top().size(); i++) {
				CustomerSales s = c.top().get(i);
				rows.add(new KeyAccountRow(c.scope(), i + 1, s,
						s.amount().multiply(BigDecimal.valueOf(100)).divide(c.total(), 1, RoundingMode.HALF_UP)));
			}
		}
		return rows;
	}

	/** One table of the dashboard as a file ({@code table}: grades, dealStatuses, …). */
	@GetMapping("/export/{table}")
	ResponseEntity<StreamingResponseBody> export(@PathVariable String table,
			@RequestParam(defaultValue = "3") int months, @RequestParam(required = false) String format,
			@RequestParam(required = false) String segment, Viewer viewer, Locale locale) {
		ListExports.Format f = ListExports.Format.of(format);
		if (table.equals("anomalies") || table.equals("falseBig")) {
			return volumeExport(table, f, viewer, locale);
		}
		if (table.equals("rfmCustomers")) {
			return rfmCustomers(months, segment, f, viewer, locale);
		}
		Dashboard d = analytics.dashboard(viewer, months);
		String filters = "table=" + table + " months=" + d.months();
		return switch (table) {
			case "grades" -> counts(table, filters, f, "customer.grade", d.grades(), viewer, locale);
			case "dealStatuses" -> exports.export("analytics", "analytics.dealStatuses", filters, f,
					List.of(new Column<Count>("customer.dealStatus",
							c -> new DefaultMessageSourceResolvable("customer.dealStatus." + c.value())),
							new Column<Count>("analytics.customers", Count::count)),
					sink -> d.dealStatuses().forEach(sink), viewer, locale);
			case "classifications" ->
				counts(table, filters, f, "customer.classification", d.classifications(), viewer, locale);
			case "products" -> exports.export("analytics", "analytics.products", filters, f,
					List.of(new Column<ProductSales>("analytics.product", ProductSales::product),
							new Column<ProductSales>("analytics.quantity", ProductSales::quantity),
							new Column<ProductSales>("analytics.amount", ProductSales::amount),
							new Column<ProductSales>("analytics.returned", ProductSales::returned),
							new Column<ProductSales>("analytics.net", ProductSales::net)),
					sink -> d.products().forEach(sink), viewer, locale);
			case "keyAccounts" -> exports.export(
					"analytics", "analytics.keyAccounts", filters, f, List.of(
							new Column<KeyAccountRow>("analytics.region",
									r -> (r.region() != null) ? r.region()
											: new DefaultMessageSourceResolvable("analytics.overall")),
							new Column<KeyAccountRow>("analytics.rank", KeyAccountRow::rank),
							new Column<KeyAccountRow>("customer.code", r -> r.customer().code()),
							new Column<KeyAccountRow>("customer.name", r -> r.customer().name()),
							new Column<KeyAccountRow>("analytics.net", r -> r.customer().amount()),
							new Column<KeyAccountRow>("analytics.share", KeyAccountRow::share)),
					sink -> keyAccounts(d).forEach(sink), viewer, locale);
			case "churn" -> exports.export("analytics", "analytics.churn", filters + " churnDays=" + d.churnDays(), f,
					List.of(new Column<LapsedCustomer>("customer.code", LapsedCustomer::code),
							new Column<LapsedCustomer>("customer.name", LapsedCustomer::name),
							new Column<LapsedCustomer>("analytics.lastPurchase", LapsedCustomer::lastPurchase)),
					sink -> analytics.lapsed(viewer).forEach(sink), viewer, locale);
			case "rfm" -> exports.export("analytics", "analytics.loyalty", filters, f,
					List.of(new Column<Rfm.SegmentLine>("analytics.rfm.segment",
							l -> new DefaultMessageSourceResolvable("analytics.rfm." + l.segment())),
							new Column<Rfm.SegmentLine>("analytics.customers", Rfm.SegmentLine::customers),
							new Column<Rfm.SegmentLine>("analytics.share", Rfm.SegmentLine::share),
							new Column<Rfm.SegmentLine>("analytics.net", Rfm.SegmentLine::net)),
					sink -> d.loyalty().segments().forEach(sink), viewer, locale);
			case "gradeMonths" -> {
				List<Column<GradeHistory.GradeMonth>> columns = new ArrayList<>();
				columns.add(new Column<>("visitplan.month", m -> m.month().toString()));
				for (String g : GradeHistory.GRADES) {
					// a grade's column is headed by the grade itself (no message of that
					// name)
					columns.add(new Column<>(g.equals("-") ? "analytics.ungraded" : g, m -> m.of(g)));
				}
				columns.add(new Column<>("analytics.gradeMonths.middle", GradeHistory.GradeMonth::middleShare));
				columns.add(new Column<>("analytics.gradeMonths.shape",
						m -> new DefaultMessageSourceResolvable("analytics.gradeMonths.shape." + m.shape())));
				yield exports.export("analytics", "analytics.gradeMonths", filters, f, columns,
						sink -> d.gradeMonths().forEach(sink), viewer, locale);
			}
			case "visitPlanMonths" -> exports.export("analytics", "analytics.visitPlans", filters, f,
					List.of(new Column<Dashboard.PlanMonth>("visitplan.month", m -> m.month().toString()),
							new Column<Dashboard.PlanMonth>("analytics.visitPlans.plans", Dashboard.PlanMonth::plans),
							new Column<Dashboard.PlanMonth>("analytics.visitPlans.actions",
									Dashboard.PlanMonth::actions),
							new Column<Dashboard.PlanMonth>("analytics.visitPlans.done", Dashboard.PlanMonth::done),
							new Column<Dashboard.PlanMonth>("visitplan.completion",
									Dashboard.PlanMonth::completionPercent),
							new Column<Dashboard.PlanMonth>("visitplan.team.late", Dashboard.PlanMonth::late)),
					sink -> d.visitPlanMonths().forEach(sink), viewer, locale);
			case "visitPlans" -> exports.export("analytics", "analytics.visitPlans.managers", filters, f, List.of(
					new Column<VisitPlanSummary>("visitplan.manager", VisitPlanSummary::managerName),
					new Column<VisitPlanSummary>("visitplan.month", p -> p.month().toString()),
					new Column<VisitPlanSummary>("visitplan.status",
							p -> new DefaultMessageSourceResolvable("visitplan.status." + p.status())),
					new Column<VisitPlanSummary>("visitplan.results.label",
							p -> new DefaultMessageSourceResolvable("visitplan.results.status." + p.resultsStatus())),
					new Column<VisitPlanSummary>("analytics.visitPlans.actions", VisitPlanSummary::actions),
					new Column<VisitPlanSummary>("analytics.visitPlans.done", VisitPlanSummary::done),
					new Column<VisitPlanSummary>("visitplan.completion", VisitPlanSummary::completionPercent),
					new Column<VisitPlanSummary>("visitplan.team.late",
							p -> new DefaultMessageSourceResolvable(p.late() ? "common.yes" : "common.no"))),
					sink -> d.visitPlans().forEach(sink), viewer, locale);
			case "quality" ->
				exports.export("analytics", "analytics.quality", filters + " staleDays=" + d.staleDays(), f,
						List.of(new Column<ManagerQuality>("customer.owner", ManagerQuality::name),
								new Column<ManagerQuality>("analytics.customers", ManagerQuality::customers),
								new Column<ManagerQuality>("analytics.quality.completeness",
										ManagerQuality::averageCompleteness),
								new Column<ManagerQuality>("analytics.quality.stale", ManagerQuality::stale)),
						sink -> d.quality().forEach(sink), viewer, locale);
			case "complaintCategories", "complaintDepartments" -> {
				if (d.callCenter() == null) {
					throw new NotFoundException("analytics table", table);
				}
				List<CallCenterFigures.Line> lines = table.equals("complaintCategories") ? d.callCenter().categories()
						: d.callCenter().departments();
				yield exports.export("analytics", "analytics.callCenter." + table, filters, f,
						List.of(new Column<CallCenterFigures.Line>(table.equals("complaintCategories")
								? "analytics.callCenter.category" : "analytics.callCenter.department",
								l -> lineName(l, locale)),
								new Column<CallCenterFigures.Line>("analytics.callCenter.complaints",
										CallCenterFigures.Line::received),
								new Column<CallCenterFigures.Line>("analytics.callCenter.closed",
										CallCenterFigures.Line::closed),
								new Column<CallCenterFigures.Line>("analytics.callCenter.hours",
										CallCenterFigures.Line::averageHours),
								new Column<CallCenterFigures.Line>("analytics.callCenter.overdue",
										CallCenterFigures.Line::overdue)),
						sink -> lines.forEach(sink), viewer, locale);
			}
			default -> throw new NotFoundException("analytics table", table);
		};
	}

	/**
	 * The volume anomalies or the false-big-customer signs as a file: of the latest
	 * windows, whatever the period, so without the rest of the dashboard.
	 */
	private ResponseEntity<StreamingResponseBody> volumeExport(String table, ListExports.Format format, Viewer viewer,
			Locale locale) {
		VolumeSignals.Rules rules = analytics.volumeRules();
		VolumeSignals.Result signals = analytics.volumeSignals(viewer);
		return switch (table) {
			case "anomalies" ->
				exports.export("analytics", "analytics.anomalies", "table=" + table + " days=" + rules.days(), format,
						List.of(new Column<Anomaly>("customer.code", Anomaly::code),
								new Column<Anomaly>("customer.name", Anomaly::name),
								new Column<Anomaly>("customer.grade", Anomaly::grade),
								new Column<Anomaly>("analytics.anomaly.direction",
										a -> new DefaultMessageSourceResolvable(
												"analytics.anomaly.direction." + a.direction())),
								new Column<Anomaly>("analytics.anomaly.latestAmount", Anomaly::latest),
								new Column<Anomaly>("analytics.anomaly.usual", Anomaly::usual),
								new Column<Anomaly>("analytics.anomaly.change", Anomaly::change),
								new Column<Anomaly>("analytics.anomaly.peersChange", Anomaly::peersChange)),
						sink -> signals.anomalies().forEach(sink), viewer, locale);
			case "falseBig" -> exports.export("analytics", "analytics.falseBig",
					"table=" + table + " days=" + rules.days(), format,
					List.of(new Column<FalseBigSigns>("customer.code", FalseBigSigns::code),
							new Column<FalseBigSigns>("customer.name", FalseBigSigns::name),
							new Column<FalseBigSigns>("analytics.falseBig.signs", b -> signs(b, rules.days(), locale))),
					sink -> signals.falseBig().forEach(sink), viewer, locale);
			default -> throw new NotFoundException("analytics table", table);
		};
	}

	/** A customer's signs in words, one after the other. */
	private String signs(FalseBigSigns signs, int days, Locale locale) {
		return signs.signs()
			.stream()
			.map(s -> messages.getMessage("analytics.falseBig.sign." + s.kind(),
					new Object[] { days, s.value(), s.usual() }, locale))
			.collect(java.util.stream.Collectors.joining(" "));
	}

	private ResponseEntity<StreamingResponseBody> counts(String table, String filters, ListExports.Format format,
			String header, List<Count> counts, Viewer viewer, Locale locale) {
		return exports.export("analytics", "analytics." + table, filters, format,
				List.of(new Column<Count>(header, Count::value),
						new Column<Count>("analytics.customers", Count::count)),
				sink -> counts.forEach(sink), viewer, locale);
	}

}
