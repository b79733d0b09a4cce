package com.huike.crm.followup.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

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
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
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
@RequestMapping("/api/v1")
class FollowUpApiController {

	private final FollowUpService followUps;

	private final AgendaService agendas;

	FollowUpApiController(FollowUpService followUps, AgendaService agendas) {
		this.followUps = followUps;
		this.agendas = agendas;
	}

	@GetMapping("/customers/{id}/follow-ups")
	PageOf<FollowUpEntry> list(@PathVariable Long id, @PageableDefault(size = 20) Pageable pageable, Viewer viewer) {
		return PageOf.of(followUps.list(id, viewer, bounded(pageable)));
	}

	@PostMapping("/customers/{id}/follow-ups")
	ResponseEntity<FollowUpLogged> log(@PathVariable Long id, @Valid @RequestBody FollowUpRequest request,
			Viewer viewer) {
		FollowUpLogged logged = followUps.log(request.toCommand(id), viewer);
		return ResponseEntity.created(URI.create("/api/v1/customers/" + id + "/follow-ups/" + logged.followUpId()))
			.body(logged);
	}

	/** The agenda; {@code page} and {@code size} apply to each of the three lists. */
	@GetMapping("/agenda")
	AgendaResource agenda(@PageableDefault(size = 50) Pageable pageable, Viewer viewer) {
		return AgendaResource.of(agendas.agenda(viewer, bounded(pageable)));
	}

	@GetMapping("/customers/{id}/grade-proposal")
	ProposalResource proposalFor(@PathVariable Long id, Viewer viewer) {
		TrackedCustomer customer = followUps.tracked(id, viewer);
		return ProposalResource.of(customer.proposal(), customer.grade());
	}

	@GetMapping("/grade-proposal")
	ProposalResource proposal(@RequestParam(required = false) DealStatus dealStatus,
			@RequestParam(required = false) Importance importance, @RequestParam(required = false) Urgency urgency,
			@RequestParam(required = false) Need need) {
		return ProposalResource.of(GradeProposal.from(dealStatus, importance, urgency, need).orElse(null), null);
	}

	private static Pageable bounded(Pageable pageable) {
		return (pageable.getPageSize() > 200) ? Pageable.ofSize(200).withPage(pageable.getPageNumber()) : pageable;
	}

	/** A follow-up to log; {@code occurredAt} (local time) defaults to now. */
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

	/** A page of items with its position and total. */
	record PageOf<T>(List<T> items, int page, int size, long total, int totalPages) {

		static <T> PageOf<T> of(Page<T> page) {
			return new PageOf<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
					page.getTotalPages());
		}

	}

	/** The agenda as JSON. */
	record AgendaResource(LocalDate today, long dueTodayCount, long overdueCount, long upcomingCount,
			PageOf<AgendaItem> dueToday, PageOf<AgendaItem> overdue, PageOf<AgendaItem> upcoming) {

		static AgendaResource of(Agenda agenda) {
			return new AgendaResource(agenda.today(), agenda.dueTodayCount(), agenda.overdueCount(),
					agenda.upcomingCount(), PageOf.of(agenda.dueToday()), PageOf.of(agenda.overdue()),
					PageOf.of(agenda.upcoming()));
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
