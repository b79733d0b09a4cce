package com.huike.crm.followup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.huike.crm.customer.CustomerAccessDeniedException;
import com.huike.crm.customer.domain.Customer;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.followup.domain.GradeChange;
import com.huike.crm.followup.domain.GradeChangeRepository;
import com.huike.crm.identity.IdentityService.UserSummary;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.Viewer;
import com.huike.crm.identity.domain.Role;
import com.huike.crm.shared.RuleViolationException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
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

	private final ScopedCustomers customers;

	private final GradeChangeRepository changes;

	private final CadenceService cadences;

	private final IdentityService identity;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	public GradeService(ScopedCustomers customers, GradeChangeRepository changes, CadenceService cadences,
			IdentityService identity, NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.customers = customers;
		this.changes = changes;
		this.cadences = cadences;
		this.identity = identity;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The customer's views, grade, proposal and schedule. */
	public TrackedCustomer tracked(Long customerId, Viewer viewer) {
		Customer customer = customers.tracked(customerId, viewer);
		return TrackedCustomer.of(customer, LocalDate.now(clock), null);
	}

	/**
	 * Records the manager's decision: the views as decided, and the grade confirmed or
	 * changed. Returns the customer as it now stands.
	 */
	@Transactional
	public TrackedCustomer decide(Long customerId, GradeDecision decision, Viewer viewer) {
		Customer customer = customers.tracked(customerId, viewer);
		apply(customer, decision, null, viewer, Instant.now(clock));
		return TrackedCustomer.of(customer, LocalDate.now(clock), null);
	}

	/**
	 * Applies a grade decision to a loaded customer (also used when a follow-up is
	 * logged): checks that an override has a reason, keeps the views, and on a change of
	 * grade writes the history and moves the next due date.
	 */
	void apply(Customer customer, GradeDecision decision, Long followUpId, Viewer viewer, Instant now) {
		if (decision.grade() == null) {
			throw new RuleViolationException("grade", "followup.grade.required");
		}
		Optional<GradeProposal> proposal = decision.proposal();
		Grade expected = proposal.map(GradeProposal::grade).orElse(customer.getGrade());
		boolean hasReason = decision.reason() != null && !decision.reason().isBlank();
		if (decision.grade() != expected && !hasReason) {
			throw new RuleViolationException("reason", "grade.reason.required");
		}
		customer.classify(decision.dealStatus(), customer.getClassification());
		customer.classifyViews(decision.importance(), decision.urgency(), decision.need());
		Grade old = customer.getGrade();
		if (decision.grade() != old) {
			changes.save(new GradeChange(customer.getId(), now, viewer.userId(), old, decision.grade(),
					proposal.map(GradeProposal::grade).orElse(null), decision.reason(), followUpId));
			customer.regrade(decision.grade());
		}
		reschedule(customer);
		customer.touch(viewer.userId());
	}

	/**
	 * Next due = the day of the last follow-up (or of creation) plus the cadence of the
	 * current grade.
	 */
	void reschedule(Customer customer) {
		Instant from = (customer.getLastFollowUpAt() != null) ? customer.getLastFollowUpAt() : customer.getCreatedAt();
		LocalDate fromDay = from.atZone(clock.getZone()).toLocalDate();
		customer.scheduleNextFollowUp(cadences.table().nextFollowUp(fromDay, customer.getGrade()));
	}

	/** The customer's grade changes, newest first. */
	public Page<GradeHistoryEntry> history(Long customerId, Viewer viewer, Pageable pageable) {
		customers.tracked(customerId, viewer);
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
		Map<Long, Map<Grade, Long>> counts = new HashMap<>();
		jdbc.query("select owner_id, grade, count(*) as n from customer where owner_id in (:owners)"
				+ " group by owner_id, grade", new MapSqlParameterSource("owners", ids(managers)), rs -> {
					counts.computeIfAbsent(rs.getLong("owner_id"), k -> new EnumMap<>(Grade.class))
						.put(Grade.valueOf(rs.getString("grade").strip()), rs.getLong("n"));
				});
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
