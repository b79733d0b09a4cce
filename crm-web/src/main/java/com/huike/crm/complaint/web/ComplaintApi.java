package com.huike.crm.complaint.web;

import java.net.URI;
import java.util.List;

import com.huike.crm.complaint.ComplaintQueue;
import com.huike.crm.complaint.ComplaintService;
import com.huike.crm.complaint.DeskLookup;
import com.huike.crm.complaint.DeskService;
import com.huike.crm.complaint.NewRequest;
import com.huike.crm.complaint.RequestRow;
import com.huike.crm.complaint.RequestView;
import com.huike.crm.complaint.domain.Channel;
import com.huike.crm.complaint.domain.Opinion;
import com.huike.crm.complaint.domain.RequestType;
import com.huike.crm.complaint.domain.Severity;
import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.web.PageResource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The hotline's requests and the complaint flow as JSON, with the same rules as the
 * pages: 客服部 and administrators see every request, a handler the complaints of their
 * department, a manager their customers' (404 for anyone else); every step names the
 * request's {@code version} and answers 409 when the request changed meanwhile or its
 * state does not allow the step ({@code urn:huike:problem:complaint-state}).
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Requests and complaints", description = "诉求 and 投诉: the desk's requests and the complaint flow")
class ComplaintApi {

	private final ComplaintService complaints;

	private final DeskService desk;

	ComplaintApi(ComplaintService complaints, DeskService desk) {
		this.complaints = complaints;
		this.desk = desk;
	}

	@GetMapping("/desk/lookup")
	@Operation(operationId = "lookUpCaller", summary = "Find the caller",
			description = "By phone as caller ID gives it (+86 199…, 0086…, spaces and dashes), name, pinyin or code; "
					+ "call fields only, at most 10, written to the access log. For 客服部.")
	@ApiResponse(responseCode = "200", description = "The callers found")
	DeskLookup lookup(@Parameter(description = "Phone, name, pinyin or code") @RequestParam String q, Viewer viewer) {
		return desk.lookup(q, viewer);
	}

	@GetMapping("/requests")
	@Operation(operationId = "listRequests", summary = "Requests",
			description = "The requests the caller may see, newest first (of one type, if given); paged by number.")
	@ApiResponse(responseCode = "200", description = "One page of requests")
	PageResource<RequestRow> list(@RequestParam(required = false) RequestType type,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Viewer viewer) {
		return PageResource.of(complaints.list(type, viewer, PageRequest.of(Math.max(0, page), Math.max(1, size))));
	}

	@PostMapping(path = "/requests", consumes = "application/json")
	@Operation(operationId = "receiveRequest", summary = "Record a request",
			description = "For 客服部: an inquiry with an answer is closed at once; a complaint gets the department the "
					+ "routing rules propose and its deadline, and waits for the customer-service manager.")
	@ApiResponse(responseCode = "201", description = "The request; Location names it")
	ResponseEntity<RequestView> receive(@Valid @RequestBody RequestBodyIn body, Viewer viewer) {
		Long id = complaints.receive(body.toCommand(), viewer);
		return ResponseEntity.created(URI.create("/api/v1/requests/" + id)).body(complaints.request(id, viewer));
	}

	@GetMapping("/requests/{id}")
	@Operation(operationId = "getRequest", summary = "One request",
			description = "With the complaint's department, deadline, result, feedback, timeline and what the caller may "
					+ "do now (`can`).")
	@ApiResponse(responseCode = "200", description = "The request")
	RequestView get(@PathVariable Long id, Viewer viewer) {
		return complaints.request(id, viewer);
	}

	@PostMapping(path = "/requests/{id}/acknowledge", consumes = "application/json")
	@Operation(operationId = "acknowledgeRequest", summary = "Deal with a suggestion or repair request",
			description = "The customer-service manager closes it, with a note.")
	@ApiResponse(responseCode = "200", description = "The request, closed")
	RequestView acknowledge(@PathVariable Long id, @Valid @RequestBody TextStep body, Viewer viewer) {
		complaints.acknowledge(id, body.version(), body.text(), viewer);
		return complaints.request(id, viewer);
	}

	@GetMapping("/complaints/queue")
	@Operation(operationId = "complaintQueue", summary = "Open complaints by deadline",
			description = "The customer-service manager's queue, the most urgent first, paged by keyset: pass `next` "
					+ "back as `cursor`.")
	@ApiResponse(responseCode = "200", description = "One page of complaints")
	PageResource<RequestRow> queue(@RequestParam(required = false) String cursor,
			@RequestParam(defaultValue = "20") int size, Viewer viewer) {
		ComplaintQueue queue = complaints.queue(cursor, size, viewer);
		int n = Math.max(1, Math.min(size, ComplaintService.MAX_PAGE_SIZE));
		return new PageResource<>(queue.content(), 0, n, queue.totalElements(),
				(int) Math.max(1, (queue.totalElements() + n - 1) / n), null, queue.nextCursor(), null);
	}

	@GetMapping("/complaints/to-confirm")
	@Operation(operationId = "complaintsToConfirm", summary = "Complaints to confirm",
			description = "Waiting for the customer-service manager, oldest first (at most 100).")
	@ApiResponse(responseCode = "200", description = "The complaints")
	List<RequestRow> toConfirm(Viewer viewer) {
		return complaints.toConfirm(viewer);
	}

	@GetMapping("/complaints/escalated")
	@Operation(operationId = "escalatedComplaints", summary = "Escalated complaints",
			description = "Past their deadline and escalated to the customer-service manager, by deadline.")
	@ApiResponse(responseCode = "200", description = "The complaints")
	List<RequestRow> escalated(Viewer viewer) {
		return complaints.escalated(viewer);
	}

	@GetMapping("/complaints/department")
	@Operation(operationId = "departmentComplaints", summary = "My department's complaints",
			description = "For a handler: the complaints routed to their department, to take or being handled.")
	@ApiResponse(responseCode = "200", description = "The complaints")
	List<RequestRow> department(Viewer viewer) {
		return complaints.departmentQueue(viewer);
	}

	@PostMapping(path = "/complaints/{id}/confirm", consumes = "application/json")
	@Operation(operationId = "confirmComplaint", summary = "Confirm and hand over",
			description = "The customer-service manager confirms the complaint form and hands it to a department (the "
					+ "proposed one or another). 409 when it was confirmed already.")
	@ApiResponse(responseCode = "200", description = "The complaint, 已派单")
	RequestView confirm(@PathVariable Long id, @Valid @RequestBody DepartmentStep body, Viewer viewer) {
		complaints.confirm(id, body.version(), body.departmentId(), viewer);
		return complaints.request(id, viewer);
	}

	@PostMapping(path = "/complaints/{id}/route", consumes = "application/json")
	@Operation(operationId = "routeComplaint", summary = "Hand to another department",
			description = "A confirmed complaint not yet taken, with a note.")
	@ApiResponse(responseCode = "200", description = "The complaint")
	RequestView route(@PathVariable Long id, @Valid @RequestBody DepartmentStep body, Viewer viewer) {
		complaints.route(id, body.version(), body.departmentId(), body.note(), viewer);
		return complaints.request(id, viewer);
	}

	@PostMapping(path = "/complaints/{id}/take", consumes = "application/json")
	@Operation(operationId = "takeComplaint", summary = "Take a complaint",
			description = "A handler of the department takes it to handle it.")
	@ApiResponse(responseCode = "200", description = "The complaint, 处理中")
	RequestView take(@PathVariable Long id, @Valid @RequestBody VersionStep body, Viewer viewer) {
		complaints.take(id, body.version(), viewer);
		return complaints.request(id, viewer);
	}

	@PostMapping(path = "/complaints/{id}/result", consumes = "application/json")
	@Operation(operationId = "recordComplaintResult", summary = "Record the result",
			description = "The handler who took it records what was done and the result, and returns it to 客服部.")
	@ApiResponse(responseCode = "200", description = "The complaint, 已回复")
	RequestView result(@PathVariable Long id, @Valid @RequestBody TextStep body, Viewer viewer) {
		complaints.recordResult(id, body.version(), body.text(), viewer);
		return complaints.request(id, viewer);
	}

	@PostMapping(path = "/complaints/{id}/feedback", consumes = "application/json")
	@Operation(operationId = "recordComplaintFeedback", summary = "Record the feedback",
			description = "客服部 told the customer the result: what was said and the customer's opinion.")
	@ApiResponse(responseCode = "200", description = "The complaint, 已反馈")
	RequestView feedback(@PathVariable Long id, @Valid @RequestBody FeedbackStep body, Viewer viewer) {
		complaints.recordFeedback(id, body.version(), body.feedback(), body.opinion(), viewer);
		return complaints.request(id, viewer);
	}

	@PostMapping(path = "/complaints/{id}/close", consumes = "application/json")
	@Operation(operationId = "closeComplaint", summary = "Close",
			description = "Only after the result and the feedback; 409 when closed already (another tab).")
	@ApiResponse(responseCode = "200", description = "The complaint, 已结案")
	RequestView close(@PathVariable Long id, @Valid @RequestBody VersionStep body, Viewer viewer) {
		complaints.close(id, body.version(), viewer);
		return complaints.request(id, viewer);
	}

	@PostMapping(path = "/complaints/{id}/reopen", consumes = "application/json")
	@Operation(operationId = "reopenComplaint", summary = "Reopen to the department",
			description = "The customer is not satisfied: back to the department with the reason and a new deadline.")
	@ApiResponse(responseCode = "200", description = "The complaint, 已派单 again")
	RequestView reopen(@PathVariable Long id, @Valid @RequestBody TextStep body, Viewer viewer) {
		complaints.reopen(id, body.version(), body.text(), viewer);
		return complaints.request(id, viewer);
	}

	record RequestBodyIn(@NotNull(message = "{request.type.required}") RequestType type,
			@NotNull(message = "{request.channel.required}") Channel channel, Long customerId,
			@Size(max = 100) String callerName, @Size(max = 40) String callerPhone, Long categoryId, Severity severity,
			@NotBlank(message = "{complaint.description.required}") @Size(max = 2000) String description,
			@Size(max = 100) String product, @Size(max = 100) String region, @Size(max = 2000) String answer,
			@Size(max = 40) String aboutCustomerCode) {

		NewRequest toCommand() {
			return new NewRequest(type, channel, customerId, callerName, callerPhone, categoryId, severity, description,
					product, region, answer, aboutCustomerCode);
		}

	}

	record VersionStep(@NotNull(message = "{complaint.version.required}") Long version) {
	}

	record DepartmentStep(@NotNull(message = "{complaint.version.required}") Long version,
			@NotNull(message = "{complaint.department.required}") Long departmentId, @Size(max = 2000) String note) {
	}

	record TextStep(@NotNull(message = "{complaint.version.required}") Long version, @Size(max = 2000) String text) {
	}

	record FeedbackStep(@NotNull(message = "{complaint.version.required}") Long version,
			@Size(max = 2000) String feedback, @NotNull(message = "{complaint.opinion.required}") Opinion opinion) {
	}

}
