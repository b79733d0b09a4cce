package com.huike.crm.analytics.web;

import com.huike.crm.analytics.AnalyticsService;
import com.huike.crm.analytics.Dashboard;
import com.huike.crm.identity.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dashboards' figures as JSON, scoped as the pages.
 */
@RestController
@RequestMapping(path = "/api/v1/analytics", produces = "application/json")
@Tag(name = "Analytics", description = "统计分析: customer groups, purchase structure, key-account concentration")
class AnalyticsApi {

	private final AnalyticsService analytics;

	AnalyticsApi(AnalyticsService analytics) {
		this.analytics = analytics;
	}

	@GetMapping("/dashboard")
	@Operation(operationId = "getDashboard", summary = "The dashboard's figures",
			description = "Customers by grade, deal status and classification (now); sales by product (purchases less "
					+ "returns) and key-account concentration — the share of the three largest customers and of the "
					+ "largest, overall and per region, with `top3Alert` above 40 % and `largestAlert` above 20 % "
					+ "(huike.analytics.*) — for the last `months` months. A manager's own book, a market manager's "
					+ "team, all for the customer-service manager and the administrator; others 403. Computed live at "
					+ "`computedAt`; for a scope of 5,000 customers or more (huike.analytics.precompute-from) "
					+ "`precomputed` is true and the figures were computed ahead at `computedAt`, again every 10 "
					+ "minutes (huike.analytics.refresh-after) — the call center's figures are live either way.")
	@ApiResponse(responseCode = "200", description = "The figures")
	Dashboard dashboard(@Parameter(description = "The period: the last 1, 3, 6 or 12 months") @RequestParam(
			defaultValue = "3") int months, Viewer viewer) {
		if (!AnalyticsService.PERIODS.contains(months)) {
			throw new com.huike.crm.shared.RuleViolationException("months", "api.parameter.invalid", "months");
		}
		return analytics.dashboard(viewer, months);
	}

}
