package com.huike.crm.care.web;

import com.huike.crm.care.CareTaskList;
import com.huike.crm.care.CareTaskService;
import com.huike.crm.care.CareTaskView;
import com.huike.crm.care.domain.CareChannel;
import com.huike.crm.identity.Viewer;
import io.swagger.v3.oas.annotations.Operation;
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
@RequestMapping("/api/v1/care/tasks")
@Tag(name = "Care tasks", description = "客户关怀: birthday, anniversary, holiday and 告知到货 reminders")
@Validated
class CareApi {

	private final CareTaskService tasks;

	CareApi(CareTaskService tasks) {
		this.tasks = tasks;
	}

	@GetMapping
	@Operation(summary = "Open care tasks of my customers: overdue, due today and due in the coming days")
	CareTaskList open(Viewer viewer, @RequestParam(defaultValue = "7") @Min(0) @Max(60) int upcomingDays,
			@RequestParam(defaultValue = "100") @Min(1) @Max(CareTaskService.SECTION_LIMIT) int limit) {
		return tasks.open(viewer, upcomingDays, limit);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One care task")
	CareTaskView get(@PathVariable Long id, Viewer viewer) {
		return tasks.get(id, viewer);
	}

	@PostMapping("/{id}/done")
	@Operation(summary = "Record that the task was done, and how (PHONE, SMS, GIFT, OTHER)")
	CareTaskView done(@PathVariable Long id, @Valid @RequestBody DoneRequest request, Viewer viewer) {
		return tasks.complete(id, request.channel(), request.note(), viewer);
	}

	@PostMapping("/{id}/skip")
	@Operation(summary = "Skip the task")
	CareTaskView skip(@PathVariable Long id, @Valid @RequestBody(required = false) SkipRequest request, Viewer viewer) {
		return tasks.skip(id, (request != null) ? request.note() : null, viewer);
	}

	record DoneRequest(@NotNull(message = "{care.task.channel.required}") CareChannel channel,
			@Size(max = 500, message = "{care.task.note.tooLong}") String note) {
	}

	record SkipRequest(@Size(max = 500, message = "{care.task.note.tooLong}") String note) {
	}

}
