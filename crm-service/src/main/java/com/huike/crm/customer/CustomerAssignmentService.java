package com.huike.crm.customer;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.huike.crm.customer.domain.Customer;
import com.huike.crm.customer.domain.CustomerChange;
import com.huike.crm.customer.domain.CustomerChangeRepository;
import com.huike.crm.customer.domain.CustomerRepository;
import com.huike.crm.identity.IdentityService.UserSummary;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.Viewer;
import com.huike.crm.identity.domain.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands a customer to another customer manager: a supervisor between the managers of the
 * team they lead, an administrator to any manager. The change goes into the archive's
 * history (field {@value #FIELD}).
 */
@Service
@Transactional(readOnly = true)
public class CustomerAssignmentService {

	/** The field name of the history lines this service writes. */
	public static final String FIELD = "owner";

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
		if (!viewer.isAdmin() && !viewer.teamMemberIds().contains(customer.getOwnerId())) {
			// another team's customer does not exist for this supervisor
			throw new CustomerNotFoundException(customerId);
		}
		boolean allowedTarget = identity.isActiveManager(newOwnerId)
				&& (viewer.isAdmin() || viewer.teamMemberIds().contains(newOwnerId));
		if (!allowedTarget) {
			throw new CustomerAccessDeniedException();
		}
		Long oldOwnerId = customer.getOwnerId();
		if (oldOwnerId.equals(newOwnerId)) {
			return;
		}
		Map<Long, String> names = identity.displayNames(Set.of(oldOwnerId, newOwnerId));
		customer.reassignTo(newOwnerId);
		// Not customer.touch(): a new owner is not new knowledge about the customer, so
		// the
		// archive's freshness age stays as it was.
		changes.save(new CustomerChange(customer.getId(), viewer.userId(), null, FIELD, label(oldOwnerId, names),
				label(newOwnerId, names), false));
		events.publishEvent(new CustomerReassigned(customer.getId(), oldOwnerId, newOwnerId));
	}

	private static String label(Long userId, Map<Long, String> names) {
		return names.getOrDefault(userId, String.valueOf(userId));
	}

}
