package com.huike.crm.followup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.huike.crm.customer.CustomerCard;
import com.huike.crm.customer.CustomerDirectory;
import com.huike.crm.followup.domain.Channel;
import com.huike.crm.followup.domain.FollowUp;
import com.huike.crm.followup.domain.FollowUpRepository;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.RuleViolationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up log (客户追踪志). Logging a follow-up re-decides the grade (每次追踪以后重新 定格划分等级)
 * and moves the next due date to the day of the follow-up plus the cadence of the grade
 * decided.
 */
@Service
@Transactional(readOnly = true)
public class FollowUpService {

	private final CustomerDirectory customers;

	private final FollowUpRepository followUps;

	private final GradeService grades;

	private final CadenceService cadences;

	private final IdentityService identity;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	public FollowUpService(CustomerDirectory customers, FollowUpRepository followUps, GradeService grades,
			CadenceService cadences, IdentityService identity, ApplicationEventPublisher events, Clock clock) {
		this.customers = customers;
		this.followUps = followUps;
		this.grades = grades;
		this.cadences = cadences;
		this.identity = identity;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The customer as the follow-up form shows it: views, grade, proposal, due dates (the
	 * next visit by the visit cadence included).
	 */
	public TrackedCustomer tracked(Long customerId, Viewer viewer) {
		CustomerCard customer = customers.editable(customerId, viewer);
		LocalDate nextVisit = followUps.findFirstByCustomerIdAndChannelOrderByOccurredAtDesc(customerId, Channel.VISIT)
			.flatMap(v -> cadences.table()
				.nextVisit(v.getOccurredAt().atZone(clock.getZone()).toLocalDate(), customer.grade()))
			.orElse(null);
		return TrackedCustomer.of(customer, LocalDate.now(clock), nextVisit);
	}

	/**
	 * Logs the follow-up and re-decides the grade with it; {@link FollowUpLogged} tells
	 * the archive the customer's grade, views and next due date, in this transaction.
	 */
	@Transactional
	public FollowUpLogged log(NewFollowUp command, Viewer viewer) {
		CustomerCard customer = customers.editable(command.customerId(), viewer);
		Instant now = Instant.now(clock);
		LocalDateTime when = (command.occurredAt() != null) ? command.occurredAt() : LocalDateTime.now(clock);
		if (when.toLocalDate().isAfter(LocalDate.now(clock))) {
			throw new RuleViolationException("occurredAt", "followup.occurredAt.future");
		}
		if (command.content() == null || command.content().isBlank()) {
			throw new RuleViolationException("content", "followup.content.required");
		}
		GradeDecision decision = command.grade();
		if (decision == null || decision.grade() == null) {
			throw new RuleViolationException("grade", "followup.grade.required");
		}
		// a time later today is accepted as "now": the log is written right after the
		// call
		Instant occurredAt = when.atZone(clock.getZone()).toInstant();
		if (occurredAt.isAfter(now)) {
			occurredAt = now;
		}
		FollowUp followUp = followUps.save(new FollowUp(customer.id(), occurredAt, command.channel(), command.content(),
				command.outcome(), command.nextStep(), customer.grade(), decision.grade(), viewer.userId(), now));
		LocalDate next = grades.apply(customer, decision, occurredAt, followUp.getId(), viewer, now);
		FollowUpLogged logged = new FollowUpLogged(followUp.getId(), customer.id(), customer.version(),
				decision.dealStatus(), decision.importance(), decision.urgency(), decision.need(), decision.grade(),
				occurredAt, next, viewer.userId());
		events.publishEvent(logged);
		return logged;
	}

	/** The customer's follow-ups, newest first. */
	public Page<FollowUpEntry> list(Long customerId, Viewer viewer, Pageable pageable) {
		customers.editable(customerId, viewer);
		Page<FollowUp> page = followUps.findByCustomerIdOrderByOccurredAtDescIdDesc(customerId, pageable);
		Set<Long> authors = new HashSet<>();
		page.forEach(f -> authors.add(f.getLoggedBy()));
		Map<Long, String> names = identity.displayNames(authors);
		return page.map(f -> new FollowUpEntry(f.getId(), f.getCustomerId(), f.getOccurredAt(), f.getChannel(),
				f.getContent(), f.getOutcome(), f.getNextStep(), f.getGradeBefore(), f.getGradeAfter(), f.getLoggedBy(),
				names.get(f.getLoggedBy()), f.getLoggedAt()));
	}

}
