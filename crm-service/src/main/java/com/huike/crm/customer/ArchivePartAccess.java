package com.huike.crm.customer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.huike.crm.customer.domain.Customer;
import com.huike.crm.customer.domain.CustomerChange;
import com.huike.crm.customer.domain.CustomerChangeRepository;
import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.RuleViolationException;
import com.huike.crm.shared.domain.CustomerEntry;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

import org.springframework.stereotype.Component;

/**
 * What the four archive parts share: who may read and change them (the archive's access
 * rules), the refusal of a stale save, the history rows every change writes, and the
 * freshness of the archive.
 */
@Component
class ArchivePartAccess {

	private final CustomerService customers;

	private final CustomerChangeRepository changes;

	private final EntityManager entityManager;

	private final Clock clock;

	ArchivePartAccess(CustomerService customers, CustomerChangeRepository changes, EntityManager entityManager,
			Clock clock) {
		this.customers = customers;
		this.changes = changes;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/**
	 * The customer whose archive the viewer may read; anyone else (call center included)
	 * is told it does not exist.
	 */
	Customer readable(Long customerId, Viewer viewer) {
		Customer customer = customers.load(customerId, viewer);
		if (!viewer.accessTo(customer.getOwnerId()).canReadArchive()) {
			throw new CustomerNotFoundException(customerId);
		}
		return customer;
	}

	/** The customer whose archive the viewer may change. */
	Customer editable(Long customerId, Viewer viewer) {
		Customer customer = readable(customerId, viewer);
		if (!viewer.accessTo(customer.getOwnerId()).canEdit()) {
			throw new CustomerAccessDeniedException();
		}
		return customer;
	}

	boolean canEdit(Customer customer, Viewer viewer) {
		return viewer.accessTo(customer.getOwnerId()).canEdit();
	}

	/** Past events (a purchase, a visit) cannot lie after today. */
	void notInFuture(LocalDate date, String field) {
		if (date != null && date.isAfter(LocalDate.now(clock))) {
			throw new RuleViolationException(field, "parts.date.future");
		}
	}

	/**
	 * Refuses a save from a form opened at {@code expected} (null: opened while nothing
	 * was recorded) when the entry is no longer at that version, with the values saved
	 * meanwhile; {@code current} is null while nothing is recorded.
	 */
	static void sameVersion(Long expected, CustomerEntry current) {
		Long actual = (current != null) ? current.getVersion() : null;
		if (!Objects.equals(expected, actual)) {
			throw new ArchiveEntryConflictException(actual, (current != null) ? current.fields() : Map.of());
		}
	}

	/**
	 * Writes one history row per changed field ({@code prefix.field}, or just the field
	 * when the prefix is null; old, new) and marks the archive as changed; does nothing
	 * when no value changed. Returns whether anything changed.
	 */
	boolean recordChanges(Customer customer, Viewer viewer, String section, String prefix, Map<String, String> before,
			Map<String, String> after) {
		Set<String> fields = new LinkedHashSet<>(before.keySet());
		fields.addAll(after.keySet());
		fields.removeIf(field -> Objects.equals(before.get(field), after.get(field)));
		if (fields.isEmpty()) {
			return false;
		}
		customer.touch(viewer.userId());
		// the rows carry the archive version this change produced, so a stale form can
		// list them
		flush();
		List<CustomerChange> rows = new ArrayList<>();
		for (String field : fields) {
			String name = (prefix != null) ? prefix + "." + field : field;
			rows.add(new CustomerChange(customer.getId(), viewer.userId(), section, name, before.get(field),
					after.get(field), false, customer.getVersion()));
		}
		changes.saveAll(rows);
		return true;
	}

	/**
	 * Writes the pending changes now, so that a concurrent writer is reported as a
	 * conflict rather than as an error after the method returned.
	 */
	void flush() {
		try {
			entityManager.flush();
		}
		catch (OptimisticLockException | StaleStateException | ConstraintViolationException ex) {
			// a stale version, or a second first-time record racing this one
			throw new ArchiveEntryConflictException(null, Map.of());
		}
	}

}
