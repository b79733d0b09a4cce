package com.huike.crm.revisit.web;

import java.time.LocalDate;
import java.util.Map;

import com.huike.crm.identity.Viewer;
import com.huike.crm.revisit.NotReached;
import com.huike.crm.revisit.Reached;
import com.huike.crm.revisit.RevisitQueue;
import com.huike.crm.revisit.RevisitReport;
import com.huike.crm.revisit.RevisitReportService;
import com.huike.crm.revisit.RevisitService;
import com.huike.crm.revisit.RevisitView;
import com.huike.crm.revisit.domain.CallOutcome;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Revisits (回访) as JSON, with the same rules as the pages: the queue and the calls for
 * call-center agents, the report figures for the customer-service manager and the
 * administrator (403 for anyone else); every outcome names the revisit's {@code version}
 * and answers 409 when it changed meanwhile or is closed.
 */
@RestController
@RequestMapping(path = "/api/v1/revisits", produces = "application/json")
@Tag(name = "Revisits",
		description = "回访: the agents' queue, the calls and their scores, the weekly and monthly reports")
class RevisitApi {

	private final RevisitService revisits;

	private final RevisitReportService reports;

	RevisitApi(RevisitService revisits, RevisitReportService reports) {
		this.revisits = revisits;
		this.reports = reports;
	}

	@GetMapping
	@Operation(operationId = "listRevisitQueue", summary = "The revisit queue",
			description = "Open revisits in due order (day, then slot MORNING/AFTERNOON/EVENING, then id), paged by "
					+ "keyset: pass `nextCursor` back as `cursor`. Agents only.")
	@ApiResponse(responseCode = "200", description = "One page of the queue")
	RevisitQueue queue(
			@Parameter(description = "Cursor of the next page") @RequestParam(required = false) String cursor,
			@Parameter(description = "Rows per page (1–100)") @RequestParam(defaultValue = "20") int size,
			Viewer viewer) {
		return revisits.queue(viewer, cursor, size);
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getRevisit", summary = "One revisit",
			description = "Whom to call (call fields only), the script and the service items to score, the calls made, "
					+ "and the outcome once closed. Agents only.")
	@ApiResponse(responseCode = "200", description = "The revisit")
	RevisitView get(@PathVariable Long id, Viewer viewer) {
		return revisits.revisit(id, viewer);
	}

	@PostMapping(path = "/{id}/attempts", consumes = "application/json")
	@Operation(operationId = "recordRevisitAttempt", summary = "Record a call that did not reach the customer",
			description = "NO_ANSWER, BUSY, WRONG_NUMBER or REFUSED: the revisit moves to the next time slot after the one "
					+ "of this call (never the same slot twice in a row), or is closed as UNREACHABLE after the last "
					+ "call allowed. A reached customer is recorded with `score`.")
	@ApiResponse(responseCode = "200", description = "The revisit, rescheduled or closed")
	RevisitView attempt(@PathVariable Long id, @Valid @RequestBody AttemptRequest request, Viewer viewer) {
		revisits.notReached(id, request.version(), new NotReached(request.outcome(), request.note()), viewer);
		return revisits.revisit(id, viewer);
	}

	@PostMapping(path = "/{id}/score", consumes = "application/json")
	@Operation(operationId = "scoreRevisit", summary = "The customer was reached: scores and feedback",
			description = "A score of 1–5 for every service item of the revisit's kind in use (by item id), free-text "
					+ "feedback and a problem found, if any. Closes the revisit as DONE.")
	@ApiResponse(responseCode = "200", description = "The revisit, done")
	RevisitView score(@PathVariable Long id, @Valid @RequestBody ScoreRequest request, Viewer viewer) {
		revisits.reached(id, request.version(), new Reached(request.scores(), request.feedback(), request.problem()),
				viewer);
		return revisits.revisit(id, viewer);
	}

	@GetMapping("/reports")
	@Operation(operationId = "getRevisitReport", summary = "The weekly or monthly revisit report",
			description = "Revisits closed in the week (Monday to Sunday) or month holding `day`: done, unreachable, "
					+ "reach rate, average score per item and department, open problems. The customer-service manager "
					+ "and the administrator.")
	@ApiResponse(responseCode = "200", description = "The report's figures")
	RevisitReport report(
			@Parameter(description = "WEEK (default) or MONTH") @RequestParam(
					required = false) RevisitReport.Period period,
			@Parameter(description = "A day of the period, yyyy-MM-dd (default: today)") @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			Viewer viewer) {
		return reports.report(period, day, viewer);
	}

	record AttemptRequest(@NotNull(message = "{revisit.version.required}") Long version,
			@NotNull(message = "{revisit.outcome.required}") CallOutcome outcome,
			@Size(max = 500, message = "{revisit.note.tooLong}") String note) {
	}

	record ScoreRequest(@NotNull(message = "{revisit.version.required}") Long version, Map<Long, Integer> scores,
			@Size(max = 2000, message = "{revisit.feedback.tooLong}") String feedback,
			@Size(max = 2000, message = "{revisit.feedback.tooLong}") String problem) {
	}

}
