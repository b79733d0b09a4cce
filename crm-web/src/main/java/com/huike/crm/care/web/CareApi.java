package com.huike.crm.care.web;

import com.huike.crm.care.CareTaskList;
import com.huike.crm.care.CareTaskService;
import com.huike.crm.care.CareTaskView;
import com.huike.crm.care.domain.CareChannel;
import com.huike.crm.identity.Viewer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Care tasks as JSON, with the same rules as the pages: a manager's customers' tasks (a
 * supervisor's team's), closed by the customer's manager only.
 */
@RestController
@RequestMapping(path = "/api/v1/care/tasks", produces = "application/json")
@Tag(name = "Care tasks", description = "客户关怀: birthday, anniversary, holiday and 告知到货 reminders")
@Validated
class CareApi {

	private final CareTaskService tasks;

	CareApi(CareTaskService tasks) {
		this.tasks = tasks;
	}

	@GetMapping
	@Operation(operationId = "listOpenCareTasks", summary = "Open care tasks of my customers",
			description = "Overdue, due today and due in the coming `upcomingDays` days, each list oldest first and "
					+ "at most `limit` rows, with the complete count of each. A manager's customers, a supervisor's "
					+ "team's.")
	@ApiResponse(responseCode = "200", description = "The three lists and their counts")
	CareTaskList open(Viewer viewer,
			@Parameter(description = "How many days ahead count as upcoming, 0–60") @RequestParam(
					defaultValue = "7") @Min(value = 0, message = "{care.api.upcomingDays.range}") @Max(value = 60,
							message = "{care.api.upcomingDays.range}") int upcomingDays,
			@Parameter(description = "Rows per list, 1–100") @RequestParam(defaultValue = "100") @Min(value = 1,
					message = "{care.api.limit.range}") @Max(value = CareTaskService.SECTION_LIMIT,
							message = "{care.api.limit.range}") int limit) {
		return tasks.open(viewer, upcomingDays, limit);
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getCareTask", summary = "One care task",
			description = "The occasion, the customer, the due date and, once closed, how and by whom; `canAct` says "
					+ "whether the caller (the customer's manager) may close it.")
	@ApiResponse(responseCode = "200", description = "The task")
	CareTaskView get(@Parameter(description = "Care task id") @PathVariable Long id, Viewer viewer) {
		return tasks.get(id, viewer);
	}

	@PostMapping(path = "/{id}/done", consumes = "application/json")
	@Operation(operationId = "completeCareTask", summary = "Record that a care task was done",
			description = "How (PHONE, SMS, GIFT, OTHER) and a note. Only the customer's manager; a task already done "
					+ "or skipped answers 409.")
	@ApiResponse(responseCode = "200", description = "The task, now done")
	CareTaskView done(@Parameter(description = "Care task id") @PathVariable Long id,
			@Valid @RequestBody DoneRequest request, Viewer viewer) {
		return tasks.complete(id, request.channel(), request.note(), viewer);
	}

	@PostMapping(path = "/{id}/skip", consumes = "application/json")
	@Operation(operationId = "skipCareTask", summary = "Skip a care task",
			description = "With an optional note (the body may be left out). Only the customer's manager; a task "
					+ "already done or skipped answers 409.")
	@ApiResponse(responseCode = "200", description = "The task, now skipped")
	CareTaskView skip(@Parameter(description = "Care task id") @PathVariable Long id,
			@Valid @RequestBody(required = false) SkipRequest request, Viewer viewer) {
		return tasks.skip(id, (request != null) ? request.note() : null, viewer);
	}

	record DoneRequest(@NotNull(message = "{care.task.channel.required}") CareChannel channel,
			@Size(max = 500, message = "{care.task.note.tooLong}") String note) {
	}

	record SkipRequest(@Size(max = 500, message = "{care.task.note.tooLong}") String note) {
	}

}
