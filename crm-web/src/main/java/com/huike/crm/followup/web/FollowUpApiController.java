package com.huike.crm.followup.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;

import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.customer.domain.Importance;
import com.huike.crm.customer.domain.Need;
import com.huike.crm.customer.domain.Urgency;
import com.huike.crm.followup.Agenda;
import com.huike.crm.followup.AgendaItem;
import com.huike.crm.followup.AgendaService;
import com.huike.crm.followup.FollowUpEntry;
import com.huike.crm.followup.FollowUpLogged;
import com.huike.crm.followup.FollowUpService;
import com.huike.crm.followup.GradeDecision;
import com.huike.crm.followup.GradeProposal;
import com.huike.crm.followup.NewFollowUp;
import com.huike.crm.followup.TrackedCustomer;
import com.huike.crm.followup.domain.Channel;
import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.web.ApiPaging;
import com.huike.crm.shared.web.PageResource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of the tracking method: a customer's follow-ups (list, log), the signed-in
 * manager's agenda, and grade proposals. Scoped like the pages: another manager's
 * customer is a 404.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Follow-ups", description = "客户追踪志: a customer's follow-ups, the agenda and grade proposals")
class FollowUpApiController {

	/** The agenda's lists are longer than other pages: a day's work fits in one. */
	private static final int AGENDA_MAX_SIZE = 200;

	private final FollowUpService followUps;

	private final AgendaService agendas;

	FollowUpApiController(FollowUpService followUps, AgendaService agendas) {
		this.followUps = followUps;
		this.agendas = agendas;
	}

	@GetMapping("/customers/{id}/follow-ups")
	@Operation(operationId = "listFollowUps", summary = "A customer's follow-ups",
			description = "Newest first, with who logged each and the grade before and after. The customer's archive "
					+ "readers only: another manager's customer is a 404, call-center users get 403.")
	@ApiResponse(responseCode = "200", description = "One page of follow-ups")
	PageResource<FollowUpEntry> list(@Parameter(description = "Customer id") @PathVariable Long id,
			@Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "Rows per page, 1–100") @RequestParam(defaultValue = "20") int size,
			Viewer viewer) {
		return PageResource.of(followUps.list(id, viewer, ApiPaging.pageable(page, size, ApiPaging.MAX_SIZE)));
	}

	@PostMapping(path = "/customers/{id}/follow-ups", consumes = "application/json")
	@Operation(operationId = "logFollowUp", summary = "Log a follow-up",
			description = "Records what was discussed and re-decides the grade (每次追踪以后重新定格划分等级): `grade` is "
					+ "required — the current grade to confirm it, or another one; overriding the grade the four views "
					+ "propose needs a `reason`. Moves the next due date to the day of the follow-up plus the cadence "
					+ "of the grade. `occurredAt` (local time, Asia/Shanghai) defaults to now and cannot be after today.")
	@ApiResponse(responseCode = "201",
			description = "Logged; Location names the entry, the body the grade and next due date")
	ResponseEntity<FollowUpLogged> log(@Parameter(description = "Customer id") @PathVariable Long id,
			@Valid @RequestBody FollowUpRequest request, Viewer viewer) {
		FollowUpLogged logged = followUps.log(request.toCommand(id), viewer);
		return ResponseEntity.created(URI.create("/api/v1/customers/" + id + "/follow-ups/" + logged.followUpId()))
			.body(logged);
	}

	@GetMapping("/agenda")
	@Operation(operationId = "getAgenda", summary = "My agenda (今日待办)",
			description = "The signed-in manager's customers due today, overdue (by grade, then the longest overdue "
					+ "first) and due in the next 7 days, with the counts of each list. `page` and `size` apply to "
					+ "each of the three lists.")
	@ApiResponse(responseCode = "200", description = "The agenda")
	AgendaResource agenda(
			@Parameter(description = "Page number of each list, from 0") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "Rows per list, 1–200") @RequestParam(defaultValue = "50") int size,
			Viewer viewer) {
		return AgendaResource.of(agendas.agenda(viewer, ApiPaging.pageable(page, size, AGENDA_MAX_SIZE)));
	}

	@GetMapping("/customers/{id}/grade-proposal")
	@Operation(operationId = "getCustomerGradeProposal", summary = "The grade a customer's four views propose",
			description = "From the customer's saved views (deal status, importance, urgency, need) by the rules of "
					+ "seed 003; `grade` is null when the views are not complete enough to propose one.")
	@ApiResponse(responseCode = "200", description = "The proposal and the customer's current grade")
	ProposalResource proposalFor(@Parameter(description = "Customer id") @PathVariable Long id, Viewer viewer) {
		TrackedCustomer customer = followUps.tracked(id, viewer);
		return ProposalResource.of(customer.proposal(), customer.grade());
	}

	@GetMapping("/grade-proposal")
	@Operation(operationId = "proposeGrade", summary = "The grade four views propose",
			description = "The same rules for views not saved yet, e.g. while a form is being filled in; any view may "
					+ "be left out. `grade` is null when no grade can be proposed.")
	@ApiResponse(responseCode = "200", description = "The proposal")
	ProposalResource proposal(@Parameter(description = "成交状态") @RequestParam(required = false) DealStatus dealStatus,
			@Parameter(description = "重要性") @RequestParam(required = false) Importance importance,
			@Parameter(description = "紧急性") @RequestParam(required = false) Urgency urgency,
			@Parameter(description = "需求") @RequestParam(required = false) Need need) {
		return ProposalResource.of(GradeProposal.from(dealStatus, importance, urgency, need).orElse(null), null);
	}

	/** A follow-up to log; {@code occurredAt} (local time) defaults to now. */
	@Schema(description = "A follow-up to log, with the grade decided")
	record FollowUpRequest(LocalDateTime occurredAt, @NotNull(message = "{followup.channel.required}") Channel channel,
			@NotBlank(message = "{followup.content.required}") @Size(max = 4000,
					message = "{followup.text.tooLong}") String content,
			@Size(max = 4000, message = "{followup.text.tooLong}") String outcome,
			@Size(max = 4000, message = "{followup.text.tooLong}") String nextStep, DealStatus dealStatus,
			Importance importance, Urgency urgency, Need need,
			@NotNull(message = "{followup.grade.required}") Grade grade,
			@Size(max = 500, message = "{grade.reason.tooLong}") String reason) {

		NewFollowUp toCommand(Long customerId) {
			return new NewFollowUp(customerId, occurredAt, channel, content, outcome, nextStep,
					new GradeDecision((dealStatus != null) ? dealStatus : DealStatus.POTENTIAL, importance, urgency,
							need, grade, reason));
		}

	}

	/** The agenda as JSON. */
	record AgendaResource(LocalDate today, long dueTodayCount, long overdueCount, long upcomingCount,
			PageResource<AgendaItem> dueToday, PageResource<AgendaItem> overdue, PageResource<AgendaItem> upcoming) {

		static AgendaResource of(Agenda agenda) {
			return new AgendaResource(agenda.today(), agenda.dueTodayCount(), agenda.overdueCount(),
					agenda.upcomingCount(), PageResource.of(agenda.dueToday()), PageResource.of(agenda.overdue()),
					PageResource.of(agenda.upcoming()));
		}

	}

	/**
	 * A proposal: the grade (null when none can be proposed) and the rule that gave it.
	 */
	record ProposalResource(Grade grade, GradeProposal.Rule rule, Grade currentGrade) {

		static ProposalResource of(GradeProposal proposal, Grade current) {
			return (proposal != null) ? new ProposalResource(proposal.grade(), proposal.rule(), current)
					: new ProposalResource(null, null, current);
		}

	}

}
