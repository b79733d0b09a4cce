package com.huike.crm.analytics.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import com.huike.crm.analytics.SpotCheckService;
import com.huike.crm.analytics.SpotCheckService.Ranking;
import com.huike.crm.analytics.SpotCheckService.SpotCheckView;
import com.huike.crm.analytics.domain.SpotCheckResult;
import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.RuleViolationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Spot checks (抽查) as JSON, with the pages' rules: market managers of the team and the
 * administrator draw and record; the manager whose archive it is marks a finding fixed.
 */
@RestController
@RequestMapping(path = "/api/v1/analytics/spot-checks", produces = "application/json")
@Tag(name = "Analytics", description = "统计分析: customer groups, purchase structure, key-account concentration")
class SpotCheckApi {

	private final SpotCheckService checks;

	private final java.time.Clock clock;

	SpotCheckApi(SpotCheckService checks, java.time.Clock clock) {
		this.checks = checks;
		this.clock = clock;
	}

	/** A month's round and ranking. */
	record SpotCheckMonth(YearMonth month, List<SpotCheckView> round, List<Ranking> ranking) {
	}

	@GetMapping
	@Operation(operationId = "getSpotChecks", summary = "A month's spot checks and ranking",
			description = "The archives drawn in the month (of one manager, when given) with their results and "
					+ "findings, and the managers ranked by pass rate. Market managers (their team) and the "
					+ "administrator; others 403.")
	@ApiResponse(responseCode = "200", description = "The month")
	SpotCheckMonth month(
			@Parameter(description = "yyyy-MM, default this month") @RequestParam(required = false) String month,
			@RequestParam(required = false) Long managerId, Viewer viewer) {
		YearMonth m = month(month);
		LocalDate first = m.atDay(1);
		return new SpotCheckMonth(m, checks.round(first, managerId, viewer), checks.ranking(first, viewer));
	}

	private YearMonth month(String text) {
		if (text == null || text.isBlank()) {
			return YearMonth.now(clock);
		}
		try {
			return YearMonth.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			throw new RuleViolationException("month", "api.parameter.invalid", "month");
		}
	}

	@PostMapping(consumes = "application/json")
	@Operation(operationId = "drawSpotChecks", summary = "Draw archives for this month's spot check",
			description = "Up to `size` (1–50) more of the manager's archives, at random, stale and incomplete ones "
					+ "three times as likely, none twice in a month.")
	@ApiResponse(responseCode = "201", description = "Drawn: this month's round of the manager")
	ResponseEntity<SpotCheckMonth> draw(@Valid @RequestBody DrawRequest request, Viewer viewer) {
		checks.draw(request.managerId(), request.size(), viewer);
		YearMonth now = YearMonth.now(clock);
		return ResponseEntity.created(URI.create("/api/v1/analytics/spot-checks?month=" + now))
			.body(new SpotCheckMonth(now, checks.round(now.atDay(1), request.managerId(), viewer),
					checks.ranking(now.atDay(1), viewer)));
	}

	@PutMapping(path = "/{id}", consumes = "application/json")
	@Operation(operationId = "recordSpotCheck", summary = "Record a spot check's result",
			description = "PASS, or FAIL with the findings; refused once the findings were fixed, or when the "
					+ "check changed since `version` (409).")
	@ApiResponse(responseCode = "200", description = "The check")
	SpotCheckView record(@PathVariable Long id, @Valid @RequestBody RecordRequest request, Viewer viewer) {
		checks.record(id, request.version(), request.result(), request.findings(), viewer);
		return checks.get(id, viewer);
	}

	@PostMapping("/{id}/fixed")
	@Operation(operationId = "fixSpotCheck", summary = "Mark a finding fixed",
			description = "By the manager whose archive it is (others 404).")
	@ApiResponse(responseCode = "200", description = "The check")
	SpotCheckView fixed(@PathVariable Long id, Viewer viewer) {
		checks.fixed(id, viewer);
		return checks.get(id, viewer);
	}

	record DrawRequest(@NotNull(message = "{spotcheck.manager.required}") Long managerId,
			@Schema(example = "10") int size) {
	}

	record RecordRequest(@NotNull(message = "{spotcheck.result.required}") SpotCheckResult result,
			@Size(max = 1000) String findings, @NotNull(message = "{spotcheck.result.required}") Long version) {
	}

}
