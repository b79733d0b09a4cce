package com.huike.crm.visitplan.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.huike.crm.customer.domain.Grade;
import com.huike.crm.identity.Viewer;
import com.huike.crm.visitplan.ActionTypeView;
import com.huike.crm.visitplan.DailyList;
import com.huike.crm.visitplan.MarkDone;
import com.huike.crm.visitplan.VisitPlanService;
import com.huike.crm.visitplan.VisitPlanSummary;
import com.huike.crm.visitplan.VisitPlanView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Monthly visit plans (客户经理工作法) as JSON, with the same rules as the pages: a plan is seen
 * by its manager, the market manager of the team and the administrator (404 for anyone
 * else); every change names the plan's {@code version} and answers 409 when the plan
 * changed meanwhile or its state does not allow it.
 */
@RestController
@RequestMapping(path = "/api/v1/visit-plans", produces = "application/json")
@Tag(name = "Visit plans", description = "拜访计划: the monthly plans of service actions and their approval")
class VisitPlanApi {

	private final VisitPlanService plans;

	private final DailyListPdf pdf;

	VisitPlanApi(VisitPlanService plans, DailyListPdf pdf) {
		this.plans = plans;
		this.pdf = pdf;
	}

	@GetMapping
	@Operation(operationId = "listOwnVisitPlans", summary = "My visit plans",
			description = "The signed-in manager's plans, newest month first, with completion.")
	@ApiResponse(responseCode = "200", description = "The plans")
	List<VisitPlanSummary> own(Viewer viewer) {
		return plans.plansOf(viewer.userId(), viewer);
	}

	@GetMapping("/team")
	@Operation(operationId = "listTeamVisitPlans", summary = "The plans of a month of my teams",
			description = "For a market manager (their teams' managers) or the administrator (every manager): status, "
					+ "results, completion, lateness.")
	@ApiResponse(responseCode = "200", description = "The plans")
	List<VisitPlanSummary> team(@Parameter(description = "Month, yyyy-MM (default: this month)") @RequestParam(
			required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Viewer viewer) {
		return plans.teamMonth((month != null) ? month : plans.thisMonth(), viewer);
	}

	@GetMapping("/waiting")
	@Operation(operationId = "listWaitingVisitPlans", summary = "Plans and results waiting for my decision",
			description = "Submitted plans and submitted month-end results of the managers the caller may decide for "
					+ "(last month, this month and next).")
	@ApiResponse(responseCode = "200", description = "The plans")
	List<VisitPlanSummary> waiting(Viewer viewer) {
		return plans.waiting(viewer);
	}

	@GetMapping("/action-types")
	@Operation(operationId = "listVisitActionTypes", summary = "The kinds of action in use",
			description = "The kinds of service action (营销动作) the administrator keeps, in their order.")
	@ApiResponse(responseCode = "200", description = "The kinds")
	List<ActionTypeView> actionTypes() {
		return plans.actionTypes(true);
	}

	@PostMapping(path = "/generate", consumes = "application/json")
	@Operation(operationId = "generateVisitPlan", summary = "Draft (or regenerate) a plan",
			description = "The caller's own plan of the month (an administrator: any manager's), from the visit cadence "
					+ "of each customer's grade over the working days; regenerating keeps what the manager edited.")
	@ApiResponse(responseCode = "201", description = "The plan; Location names it")
	ResponseEntity<VisitPlanView> generate(@Valid @RequestBody GenerateRequest request, Viewer viewer) {
		Long id = plans.generate((request.managerId() != null) ? request.managerId() : viewer.userId(), request.month(),
				viewer);
		return ResponseEntity.created(URI.create("/api/v1/visit-plans/" + id)).body(plans.plan(id, viewer));
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getVisitPlan", summary = "One plan",
			description = "Its actions with their marks (☆ planned, ● temporary not done, ★ done), the month calendar "
					+ "with the load per day, the month grid, the transitions, and what the caller may do.")
	@ApiResponse(responseCode = "200", description = "The plan")
	VisitPlanView get(@Parameter(description = "Plan id") @PathVariable Long id, Viewer viewer) {
		return plans.plan(id, viewer);
	}

	@PostMapping(path = "/{id}/actions", consumes = "application/json")
	@Operation(operationId = "addVisitAction", summary = "Add an action",
			description = "To a draft or rejected plan; after the approval it is a temporary task (临时任务). Only the "
					+ "manager's own customers.")
	@ApiResponse(responseCode = "201", description = "The plan")
	ResponseEntity<VisitPlanView> add(@PathVariable Long id, @Valid @RequestBody ActionRequest request, Viewer viewer) {
		plans.addAction(id, request.version(), request.customerCode(), request.day(), request.actionTypeId(),
				request.note(), viewer);
		return ResponseEntity.created(URI.create("/api/v1/visit-plans/" + id)).body(plans.plan(id, viewer));
	}

	@PutMapping(path = "/{id}/actions/{actionId}", consumes = "application/json")
	@Operation(operationId = "changeVisitAction", summary = "Move an action or change it",
			description = "Another day of the plan's month, another kind, another note; while the plan is a draft or "
					+ "rejected (a temporary task also after the approval).")
	@ApiResponse(responseCode = "200", description = "The plan")
	VisitPlanView change(@PathVariable Long id, @PathVariable Long actionId, @Valid @RequestBody ChangeRequest request,
			Viewer viewer) {
		plans.editAction(id, request.version(), actionId, request.day(), request.actionTypeId(), request.note(),
				viewer);
		return plans.plan(id, viewer);
	}

	@DeleteMapping("/{id}/actions/{actionId}")
	@Operation(operationId = "removeVisitAction", summary = "Remove an action of a draft",
			description = "Only while the plan is a draft or rejected; a locked plan answers 409.")
	@ApiResponse(responseCode = "200", description = "The plan")
	VisitPlanView remove(@PathVariable Long id, @PathVariable Long actionId,
			@Parameter(description = "The plan's version (a missing or old one answers 409)") @RequestParam(
					required = false) Long version,
			Viewer viewer) {
		// the plan is looked up first: an unknown plan is a 404 whatever the version
		plans.removeAction(id, (version != null) ? version : -1, actionId, viewer);
		return plans.plan(id, viewer);
	}

	@PostMapping(path = "/{id}/submit", consumes = "application/json")
	@Operation(operationId = "submitVisitPlan", summary = "Submit the plan to the market manager",
			description = "Locks the plan for the manager (已提交) until it is approved or rejected.")
	@ApiResponse(responseCode = "200", description = "The plan, now 已提交")
	VisitPlanView submit(@PathVariable Long id, @Valid @RequestBody VersionRequest request, Viewer viewer) {
		plans.submit(id, request.version(), viewer);
		return plans.plan(id, viewer);
	}

	@PostMapping(path = "/{id}/approve", consumes = "application/json")
	@Operation(operationId = "approveVisitPlan", summary = "Approve a submitted plan",
			description = "The market manager of the manager's team or an administrator; never one's own plan (403).")
	@ApiResponse(responseCode = "200", description = "The plan, now 已审批")
	VisitPlanView approve(@PathVariable Long id, @Valid @RequestBody VersionRequest request, Viewer viewer) {
		plans.approve(id, request.version(), viewer);
		return plans.plan(id, viewer);
	}

	@PostMapping(path = "/{id}/reject", consumes = "application/json")
	@Operation(operationId = "rejectVisitPlan", summary = "Reject a submitted plan with a reason",
			description = "The reason is required and shown to the manager, who revises and resubmits the plan.")
	@ApiResponse(responseCode = "200", description = "The plan, now 计划驳回")
	VisitPlanView reject(@PathVariable Long id, @Valid @RequestBody DecisionRequest request, Viewer viewer) {
		plans.reject(id, request.version(), request.reason(), viewer);
		return plans.plan(id, viewer);
	}

	@GetMapping("/{id}/day-list")
	@Operation(operationId = "getVisitDayList", summary = "The day's list",
			description = "The customers to serve that day with their actions, address and phones, in the manager's "
					+ "order. The day must lie in the plan's month.")
	@ApiResponse(responseCode = "200", description = "The list")
	DailyList day(@PathVariable Long id, @Parameter(description = "The day, yyyy-MM-dd (default: today)") @RequestParam(
			required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Viewer viewer) {
		return plans.dailyList(id, (day != null) ? day : plans.today(), viewer);
	}

	@GetMapping(path = "/{id}/day-list.pdf", produces = "application/pdf")
	@Operation(operationId = "getVisitDayListPdf", summary = "The day's list as a PDF",
			description = "The day's list as the print view shows it (A4, Chinese font embedded), as an attachment "
					+ "named after the manager and the day. The day must lie in the plan's month.")
	@ApiResponse(responseCode = "200", description = "The PDF document",
			content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
	ResponseEntity<byte[]> dayPdf(@PathVariable Long id,
			@Parameter(description = "The day, yyyy-MM-dd (default: today)") @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			Viewer viewer, Locale locale) {
		return this.pdf.download(plans.dailyList(id, (day != null) ? day : plans.today(), viewer), locale);
	}

	@PostMapping(path = "/{id}/actions/{actionId}/done", consumes = "application/json")
	@Operation(operationId = "markVisitDone", summary = "Mark a visit done (点选拜访情况)",
			description = "Logs the visit as a follow-up (channel 拜访) with the grade re-decided, as the follow-up "
					+ "form does (a reason when the grade differs from the proposal).")
	@ApiResponse(responseCode = "200", description = "The plan")
	VisitPlanView done(@PathVariable Long id, @PathVariable Long actionId, @Valid @RequestBody DoneRequest request,
			Viewer viewer) {
		plans.markDone(id, request.version(), actionId,
				new MarkDone(request.content(), request.outcome(), request.grade(), request.reason()), viewer);
		return plans.plan(id, viewer);
	}

	@PostMapping(path = "/{id}/results", consumes = "application/json")
	@Operation(operationId = "submitVisitResults", summary = "Submit the month-end results",
			description = "A reason for every action not done, by action id.")
	@ApiResponse(responseCode = "200", description = "The plan, results 已提交")
	VisitPlanView submitResults(@PathVariable Long id, @Valid @RequestBody ResultsRequest request, Viewer viewer) {
		plans.submitResults(id, request.version(), (request.reasons() != null) ? request.reasons() : Map.of(), viewer);
		return plans.plan(id, viewer);
	}

	@PostMapping(path = "/{id}/results/approve", consumes = "application/json")
	@Operation(operationId = "approveVisitResults", summary = "Approve the month-end results",
			description = "The market manager of the team or an administrator, never for their own plan.")
	@ApiResponse(responseCode = "200", description = "The plan, results 已审批")
	VisitPlanView approveResults(@PathVariable Long id, @Valid @RequestBody VersionRequest request, Viewer viewer) {
		plans.approveResults(id, request.version(), viewer);
		return plans.plan(id, viewer);
	}

	@PostMapping(path = "/{id}/results/reject", consumes = "application/json")
	@Operation(operationId = "rejectVisitResults", summary = "Reject the month-end results with a reason",
			description = "The manager then resubmits them; the reason is required.")
	@ApiResponse(responseCode = "200", description = "The plan, results 驳回")
	VisitPlanView rejectResults(@PathVariable Long id, @Valid @RequestBody DecisionRequest request, Viewer viewer) {
		plans.rejectResults(id, request.version(), request.reason(), viewer);
		return plans.plan(id, viewer);
	}

	record GenerateRequest(@NotNull(message = "{visitplan.month.required}") YearMonth month, Long managerId) {
	}

	record VersionRequest(@NotNull(message = "{visitplan.version.required}") Long version) {
	}

	record DecisionRequest(@NotNull(message = "{visitplan.version.required}") Long version,
			@Size(max = 500, message = "{visitplan.reason.tooLong}") String reason) {
	}

	record ActionRequest(@NotNull(message = "{visitplan.version.required}") Long version,
			@NotBlank(message = "{visitplan.customer.required}") @Size(max = 40) String customerCode,
			@NotNull(message = "{visitplan.day.required}") LocalDate day,
			@NotNull(message = "{visitplan.actionType.required}") Long actionTypeId,
			@Size(max = 500, message = "{visitplan.note.tooLong}") String note) {
	}

	record ChangeRequest(@NotNull(message = "{visitplan.version.required}") Long version,
			@NotNull(message = "{visitplan.day.required}") LocalDate day,
			@NotNull(message = "{visitplan.actionType.required}") Long actionTypeId,
			@Size(max = 500, message = "{visitplan.note.tooLong}") String note) {
	}

	record DoneRequest(@NotNull(message = "{visitplan.version.required}") Long version,
			@NotBlank(message = "{visitplan.done.contentRequired}") @Size(max = 2000,
					message = "{visitplan.done.contentTooLong}") String content,
			@Size(max = 1000, message = "{visitplan.done.contentTooLong}") String outcome,
			@NotNull(message = "{followup.grade.required}") Grade grade,
			@Size(max = 500, message = "{visitplan.reason.tooLong}") String reason) {
	}

	record ResultsRequest(@NotNull(message = "{visitplan.version.required}") Long version, Map<Long, String> reasons) {
	}

}
