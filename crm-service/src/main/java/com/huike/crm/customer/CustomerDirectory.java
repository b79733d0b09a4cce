package com.huike.crm.customer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.huike.crm.customer.domain.Customer;
import com.huike.crm.customer.domain.CustomerRepository;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.identity.Viewer;
import com.huike.crm.identity.Viewer.CustomerAccess;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How other features find customers: one customer through the viewer's scope (a customer
 * the viewer may not see does not exist: 404), or the names of many for a list. Other
 * features never read the {@code customer} table or its entity.
 */
@Service
@Transactional(readOnly = true)
public class CustomerDirectory {

	private final CustomerRepository customers;

	public CustomerDirectory(CustomerRepository customers) {
		this.customers = customers;
	}

	/**
	 * A customer the viewer may at least look up.
	 * @throws CustomerNotFoundException when the viewer may not see it
	 */
	public CustomerCard card(Long id, Viewer viewer) {
		return customers.findById(id)
			.map(c -> card(c, viewer.accessTo(c.getOwnerId())))
			.filter(card -> card.access().canRead())
			.orElseThrow(() -> new CustomerNotFoundException(id));
	}

	/**
	 * A customer the viewer may at least look up, if there is one: for a choice that may
	 * have become stale (a form shown again), where a missing customer is no error.
	 */
	public Optional<CustomerCard> find(Long id, Viewer viewer) {
		if (id == null) {
			return Optional.empty();
		}
		return customers.findById(id)
			.map(c -> card(c, viewer.accessTo(c.getOwnerId())))
			.filter(card -> card.access().canRead());
	}

	/**
	 * A customer whose archive the viewer may read and edit.
	 * @throws CustomerNotFoundException when the viewer may not see it
	 * @throws CustomerAccessDeniedException when the viewer may only look it up (the call
	 * center)
	 */
	public CustomerCard editable(Long id, Viewer viewer) {
		CustomerCard card = card(id, viewer);
		if (!card.access().canEdit()) {
			throw new CustomerAccessDeniedException();
		}
		return card;
	}

	/** A customer by its code (any case), if the viewer may see it. */
	public Optional<CustomerCard> findByCode(String code, Viewer viewer) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		return customers.findByCode(code.strip().toUpperCase())
			.map(c -> card(c, viewer.accessTo(c.getOwnerId())))
			.filter(card -> card.access().canRead());
	}

	/**
	 * Code, name and owner of the given customers, for another feature's list of rows the
	 * viewer was already allowed to see (one query, whatever the number of rows).
	 */
	public Map<Long, CustomerName> names(Collection<Long> ids) {
		Map<Long, CustomerName> names = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		customers.findByIdIn(new HashSet<>(ids))
			.forEach(c -> names.put(c.id(), new CustomerName(c.id(), c.code(), c.name(), c.ownerId())));
		return names;
	}

	/**
	 * How to reach the given customers (phones and address), for another feature's list
	 * of customers the viewer was already allowed to see: the day's list of a visit plan.
	 * One query, whatever the number.
	 */
	public Map<Long, CustomerContact> contacts(Collection<Long> ids) {
		Map<Long, CustomerContact> contacts = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return contacts;
		}
		customers.findContactsByIdIn(new HashSet<>(ids))
			.forEach(c -> contacts.put(c.getId(), new CustomerContact(c.getId(), c.getCode(), c.getName(),
					c.getOwnerId(), c.getMobilePhone(), c.getOfficePhone(), c.getHomePhone(), c.getAddress())));
		return contacts;
	}

	/**
	 * The customers a manager owns, oldest first, a slice at a time: for work over a
	 * whole book, such as the features' demo data.
	 */
	public Slice<CustomerCard> book(Viewer manager, Pageable pageable) {
		return customers.findByOwnerIdOrderByIdAsc(manager.userId(), pageable)
			.map(c -> card(c, manager.accessTo(c.getOwnerId())));
	}

	/**
	 * Id, owner and grade of every customer of these owners, by owner then id, in one
	 * query of three columns: for work over many books at once (drafting every manager's
	 * visit plan of a month), which the caller cuts into chunks of owners.
	 */
	public List<CustomerGrade> gradesOf(Collection<Long> ownerIds) {
		if (ownerIds.isEmpty()) {
			return List.of();
		}
		List<Object[]> rows = customers.findGradesByOwnerIdIn(new HashSet<>(ownerIds));
		List<CustomerGrade> grades = new ArrayList<>(rows.size());
		for (Object[] row : rows) {
			grades.add(new CustomerGrade((Long) row[0], (Long) row[1], (Grade) row[2]));
		}
		return grades;
	}

	private static CustomerCard card(Customer c, CustomerAccess access) {
		return new CustomerCard(c.getId(), c.getCode(), c.getName(),
				access.canReadArchive() ? c.getCompanyName() : null, c.getMobilePhone(), c.getOwnerId(), c.getGrade(),
				c.getDealStatus(), c.getClassification(), c.getImportance(), c.getUrgency(), c.getNeed(),
				c.getNextFollowUpOn(), c.getLastFollowUpAt(), c.getCreatedAt(), c.getVersion(), access);
	}

}
