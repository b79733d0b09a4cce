package com.huike.crm.customer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.huike.crm.customer.domain.Customer;
import com.huike.crm.customer.domain.CustomerChange;
import com.huike.crm.customer.domain.CustomerChangeRepository;
import com.huike.crm.customer.domain.CustomerRepository;
import com.huike.crm.identity.IdentityService.UserSummary;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.Viewer;
import com.huike.crm.identity.domain.Role;
import com.huike.crm.shared.NotAllowedException;
import com.huike.crm.shared.NotFoundException;
import com.huike.crm.shared.RuleViolationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands a customer to another customer manager: a supervisor between the managers of the
 * team they lead, an administrator to any manager; one customer from its archive page, or
 * up to {@value #BULK_LIMIT} at once from the list, all or none. The change goes into
 * each archive's history (field {@value #FIELD}).
 */
@Service
@Transactional(readOnly = true)
public class CustomerAssignmentService {

	/** The field name of the history lines this service writes. */
	public static final String FIELD = "owner";

	/** The most customers handed over in one go. */
	public static final int BULK_LIMIT = 100;

	private final CustomerRepository customers;

	private final CustomerChangeRepository changes;

	private final IdentityService identity;

	private final ApplicationEventPublisher events;

	public CustomerAssignmentService(CustomerRepository customers, CustomerChangeRepository changes,
			IdentityService identity, ApplicationEventPublisher events) {
		this.customers = customers;
		this.changes = changes;
		this.identity = identity;
		this.events = events;
	}

	/** True when the viewer's role lets them reassign customers at all. */
	public static boolean mayReassign(Viewer viewer) {
		return viewer.isAdmin() || viewer.has(Role.SUPERVISOR);
	}

	/**
	 * The managers this viewer may hand the customer of {@code ownerId} to (the current
	 * owner among them), or an empty list when the viewer may not reassign it.
	 */
	public List<UserSummary> candidates(Long ownerId, Viewer viewer) {
		if (!mayReassign(viewer) || !(viewer.isAdmin() || viewer.teamMemberIds().contains(ownerId))) {
			return List.of();
		}
		return identity.activeManagersFor(viewer);
	}

	/**
	 * Makes {@code newOwnerId} the customer's manager.
	 * @throws CustomerNotFoundException when the viewer may not see the customer, or (a
	 * supervisor) it belongs to another team
	 * @throws CustomerAccessDeniedException when the viewer may not reassign customers,
	 * or not to that user (not a manager, or a manager of another team)
	 */
	@Transactional
	public void reassign(Long customerId, Long newOwnerId, Viewer viewer) {
		Customer customer = customers.findById(customerId)
			.filter(c -> viewer.accessTo(c.getOwnerId()).canRead())
			.orElseThrow(() -> new CustomerNotFoundException(customerId));
		if (!mayReassign(viewer)) {
			throw new CustomerAccessDeniedException();
		}
		if (!inScope(customer, viewer)) {
			// another team's customer does not exist for this supervisor
			throw new CustomerNotFoundException(customerId);
		}
		checkTarget(newOwnerId, viewer);
		handOver(List.of(customer), newOwnerId, viewer);
	}

	/**
	 * What {@link #reassign(CustomerReassignment, Viewer)} would do, checked by the same
	 * rules, for the confirmation page.
	 */
	public ReassignmentPreview preview(List<Long> customerIds, Long newOwnerId, Viewer viewer) {
		List<Customer> chosen = checked(new CustomerReassignment(customerIds, newOwnerId, null), viewer);
		Set<Long> ownerIds = new HashSet<>();
		chosen.forEach(c -> ownerIds.add(c.getOwnerId()));
		ownerIds.add(newOwnerId);
		Map<Long, String> names = identity.displayNames(ownerIds);
		List<ReassignmentPreview.Line> lines = chosen.stream()
			.map(c -> new ReassignmentPreview.Line(c.getId(), c.getCode(), c.getName(), c.getOwnerId(),
					label(c.getOwnerId(), names), c.getVersion(), c.getOwnerId().equals(newOwnerId)))
			.toList();
		return new ReassignmentPreview(lines, identity.summaries(Set.of(newOwnerId)).get(newOwnerId));
	}

	/**
	 * Hands all the customers to one manager in one transaction: when any of them may not
	 * be handed over, or was saved since the caller read it, nothing changes. Each change
	 * goes into that customer's history and is published ({@link CustomerReassigned}).
	 * @return the customers that changed hands (those the manager owned already did not)
	 * @throws com.huike.crm.shared.RuleViolationException no customer, more than
	 * {@value #BULK_LIMIT}, or no manager
	 * @throws CustomerAccessDeniedException when the viewer may not reassign customers,
	 * or not to that user
	 * @throws NotFoundException when one of the customers does not exist for the viewer
	 * (another team's)
	 * @throws CustomerVersionConflictException when one was saved since the caller read
	 * it
	 */
	@Transactional
	public ReassignmentOutcome reassign(CustomerReassignment command, Viewer viewer) {
		List<Customer> chosen = checked(command, viewer);
		for (Customer customer : chosen) {
			Long expected = command.versions().get(customer.getId());
			if (expected != null && expected != customer.getVersion()) {
				throw new CustomerVersionConflictException(customer.getId(), customer.getVersion());
			}
		}
		List<Long> changed = handOver(chosen, command.ownerId(), viewer);
		try {
			// a concurrent save of one of them is found here, in the transaction, not
			// at commit
			customers.flush();
		}
		catch (OptimisticLockingFailureException ex) {
			throw new CustomerVersionConflictException(null, null);
		}
		return new ReassignmentOutcome(changed, identity.summaries(Set.of(command.ownerId())).get(command.ownerId()));
	}

	/** The customers of the command in its order, once each, after every rule passed. */
	private List<Customer> checked(CustomerReassignment command, Viewer viewer) {
		if (!mayReassign(viewer)) {
			throw new CustomerAccessDeniedException();
		}
		List<Long> ids = new ArrayList<>(new LinkedHashSet<>(command.customerIds()));
		ids.removeIf(Objects::isNull);
		List<RuleViolationException.Violation> violations = new ArrayList<>();
		if (ids.isEmpty()) {
			violations.add(new RuleViolationException.Violation("customerIds", "assignment.bulk.none"));
		}
		else if (ids.size() > BULK_LIMIT) {
			violations.add(new RuleViolationException.Violation("customerIds", "assignment.bulk.tooMany", BULK_LIMIT,
					ids.size()));
		}
		if (command.ownerId() == null) {
			violations.add(new RuleViolationException.Violation("ownerId", "assignment.chooseManager"));
		}
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		Map<Long, Customer> found = new HashMap<>();
		customers.findAllById(ids).forEach(c -> found.put(c.getId(), c));
		List<Customer> chosen = new ArrayList<>();
		for (Long id : ids) {
			Customer customer = found.get(id);
			if (customer == null || !viewer.accessTo(customer.getOwnerId()).canRead() || !inScope(customer, viewer)) {
				// missing or another team's: the same answer, and nothing changes
				throw new NotFoundException("customer", id, "assignment.bulk.notFound", id);
			}
			chosen.add(customer);
		}
		checkTarget(command.ownerId(), viewer);
		return chosen;
	}

	private static boolean inScope(Customer customer, Viewer viewer) {
		return viewer.isAdmin() || viewer.teamMemberIds().contains(customer.getOwnerId());
	}

	/** The new owner must be an enabled customer manager within the viewer's scope. */
	private void checkTarget(Long newOwnerId, Viewer viewer) {
		boolean allowedTarget = identity.isActiveManager(newOwnerId)
				&& (viewer.isAdmin() || viewer.teamMemberIds().contains(newOwnerId));
		if (!allowedTarget) {
			throw new NotAllowedException("not a manager this viewer may hand customers to",
					"assignment.ownerNotAllowed");
		}
	}

	private List<Long> handOver(List<Customer> chosen, Long newOwnerId, Viewer viewer) {
		Set<Long> ownerIds = new HashSet<>();
		chosen.forEach(c -> ownerIds.add(c.getOwnerId()));
		ownerIds.add(newOwnerId);
		Map<Long, String> names = identity.displayNames(ownerIds);
		List<Long> changed = new ArrayList<>();
		for (Customer customer : chosen) {
			Long oldOwnerId = customer.getOwnerId();
			if (oldOwnerId.equals(newOwnerId)) {
				continue;
			}
			customer.reassignTo(newOwnerId);
			// Not customer.touch(): a new owner is not new knowledge about the customer,
			// so the archive's freshness age stays as it was.
			changes.save(new CustomerChange(customer.getId(), viewer.userId(), null, FIELD, label(oldOwnerId, names),
					label(newOwnerId, names), false));
			events.publishEvent(new CustomerReassigned(customer.getId(), oldOwnerId, newOwnerId));
			changed.add(customer.getId());
		}
		return changed;
	}

	private static String label(Long userId, Map<Long, String> names) {
		return names.getOrDefault(userId, String.valueOf(userId));
	}

}
