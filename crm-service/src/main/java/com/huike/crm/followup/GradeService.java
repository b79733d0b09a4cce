package com.huike.crm.followup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.huike.crm.customer.CustomerAccessDeniedException;
import com.huike.crm.customer.CustomerCard;
import com.huike.crm.customer.CustomerDirectory;
import com.huike.crm.customer.CustomerSchedule;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.followup.domain.GradeChange;
import com.huike.crm.followup.domain.GradeChangeRepository;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.IdentityService.UserSummary;
import com.huike.crm.identity.Viewer;
import com.huike.crm.identity.domain.Role;
import com.huike.crm.shared.RuleViolationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grades A–E: the manager reviews the four views, the system proposes a grade
 * ({@link GradeProposal}), the manager confirms it or overrides it with a reason. Every
 * change is kept in the grade history and moves the next follow-up to the cadence of the
 * new grade.
 */
@Service
@Transactional(readOnly = true)
public class GradeService {

	private final CustomerDirectory customers;

	private final CustomerSchedule schedule;

	private final GradeChangeRepository changes;

	private final CadenceService cadences;

	private final IdentityService identity;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	public GradeService(CustomerDirectory customers, CustomerSchedule schedule, GradeChangeRepository changes,
			CadenceService cadences, IdentityService identity, ApplicationEventPublisher events, Clock clock) {
		this.customers = customers;
		this.schedule = schedule;
		this.changes = changes;
		this.cadences = cadences;
		this.identity = identity;
		this.events = events;
		this.clock = clock;
	}

	/** The customer's views, grade, proposal and schedule. */
	public TrackedCustomer tracked(Long customerId, Viewer viewer) {
		return TrackedCustomer.of(customers.editable(customerId, viewer), LocalDate.now(clock), null);
	}

	/**
	 * Records the manager's decision: the views as decided, and the grade confirmed or
	 * changed ({@link GradeDecided}). Returns the customer as it now stands.
	 */
	@Transactional
	public TrackedCustomer decide(Long customerId, GradeDecision decision, Viewer viewer) {
		CustomerCard customer = customers.editable(customerId, viewer);
		LocalDate next = apply(customer, decision, null, null, viewer, Instant.now(clock));
		events.publishEvent(new GradeDecided(customer.id(), customer.version(), decision.dealStatus(),
				decision.importance(), decision.urgency(), decision.need(), decision.grade(), next, viewer.userId()));
		return tracked(customerId, viewer);
	}

	/**
	 * Checks a grade decision (also when a follow-up is logged): an override needs a
	 * reason; a change of grade goes into the history. Returns the next due date: the day
	 * of the last follow-up ({@code followedUpAt} when it is later, or the creation day)
	 * plus the cadence of the grade decided.
	 */
	LocalDate apply(CustomerCard customer, GradeDecision decision, Instant followedUpAt, Long followUpId, Viewer viewer,
			Instant now) {
		if (decision.grade() == null) {
			throw new RuleViolationException("grade", "followup.grade.required");
		}
		Optional<GradeProposal> proposal = decision.proposal();
		Grade expected = proposal.map(GradeProposal::grade).orElse(customer.grade());
		boolean hasReason = decision.reason() != null && !decision.reason().isBlank();
		if (decision.grade() != expected && !hasReason) {
			throw new RuleViolationException("reason", "grade.reason.required");
		}
		if (decision.grade() != customer.grade()) {
			changes.save(new GradeChange(customer.id(), now, viewer.userId(), customer.grade(), decision.grade(),
					proposal.map(GradeProposal::grade).orElse(null), decision.reason(), followUpId));
		}
		Instant last = customer.lastFollowUpAt();
		if (followedUpAt != null && (last == null || followedUpAt.isAfter(last))) {
			last = followedUpAt;
		}
		Instant from = (last != null) ? last : customer.createdAt();
		return cadences.table().nextFollowUp(from.atZone(clock.getZone()).toLocalDate(), decision.grade());
	}

	/** The customer's grade changes, newest first. */
	public Page<GradeHistoryEntry> history(Long customerId, Viewer viewer, Pageable pageable) {
		customers.editable(customerId, viewer);
		Page<GradeChange> page = changes.findByCustomerIdOrderByChangedAtDescIdDesc(customerId, pageable);
		Set<Long> authors = new HashSet<>();
		page.forEach(c -> {
			if (c.getChangedBy() != null) {
				authors.add(c.getChangedBy());
			}
		});
		Map<Long, String> names = identity.displayNames(authors);
		return page.map(c -> new GradeHistoryEntry(c.getChangedAt(), c.getOldGrade(), c.getNewGrade(),
				c.getProposedGrade(), names.get(c.getChangedBy()), c.getReason(), c.getFollowUpId() != null));
	}

	/**
	 * Customers per grade for every manager in the viewer's scope: the team for a
	 * supervisor, everybody for the administrator, themselves for a manager.
	 */
	public GradeDistribution distribution(Viewer viewer) {
		List<UserSummary> managers = managersInScope(viewer, identity);
		if (managers.isEmpty()) {
			return new GradeDistribution(List.of(), Map.of(), 0);
		}
		Map<Long, Map<Grade, Long>> counts = schedule.gradeCounts(ids(managers));
		List<GradeDistribution.Row> rows = new ArrayList<>();
		Map<Grade, Long> totals = new EnumMap<>(Grade.class);
		long total = 0;
		for (UserSummary manager : managers) {
			Map<Grade, Long> own = counts.getOrDefault(manager.id(), Map.of());
			long sum = own.values().stream().mapToLong(Long::longValue).sum();
			own.forEach((g, n) -> totals.merge(g, n, Long::sum));
			total += sum;
			rows.add(new GradeDistribution.Row(manager.id(), manager.displayName(), own, sum));
		}
		return new GradeDistribution(rows, totals, total);
	}

	/**
	 * The managers whose books a viewer oversees: all for the administrator, the team for
	 * a supervisor, oneself for a manager; nobody else has a book.
	 */
	static List<UserSummary> managersInScope(Viewer viewer, IdentityService identity) {
		if (viewer.isAdmin() || viewer.has(Role.SUPERVISOR) || viewer.has(Role.MANAGER)) {
			return identity.assignableManagers(viewer);
		}
		throw new CustomerAccessDeniedException();
	}

	static Collection<Long> ids(List<UserSummary> managers) {
		return managers.stream().map(UserSummary::id).toList();
	}

}
