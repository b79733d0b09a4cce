package com.huike.crm.customer;

import java.util.List;
import java.util.Map;

import com.huike.crm.customer.domain.Customer;
import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.NotFoundException;
import com.huike.crm.shared.domain.CustomerEntry;
import com.huike.crm.shared.domain.CustomerEntryRepository;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases every list part of the archive shares (reports, transactions,
 * adjustments): a page of a customer's entries with the part's totals, one entry, and
 * adding, revising (refused with the saved values when the form is stale) and deleting
 * one, each change written to the archive's history under the entry's name
 * ({@code transaction#12.amount}). Who may read and change them are the archive's rules
 * ({@link ArchivePartAccess}).
 * <p>
 * A part says only what is its own: how an entry is made and changed from what was
 * entered, its rules (refusals as {@code RuleViolationException}), how it is shown, and
 * its totals.
 *
 * @param <E> the entity
 * @param <V> the values as entered
 * @param <L> an entry as shown
 * @param <T> the totals over all of a customer's entries ({@code Void} for none)
 */
@Transactional(readOnly = true)
public abstract class ArchiveEntryService<E extends CustomerEntry, V, L, T> {

	final ArchivePartAccess access;

	private final CustomerEntryRepository<E> entries;

	private final String section;

	private final String name;

	private final Map<String, String> sorts;

	private final String dateProperty;

	/**
	 * @param section the part's history section and name in URLs ({@code transactions})
	 * @param name an entry's name in the history and in refusals ({@code transaction})
	 * @param sorts the properties a page may be sorted by, by their public name
	 * @param dateProperty the entry's date, the default order (newest first)
	 */
	ArchiveEntryService(ArchivePartAccess access, CustomerEntryRepository<E> entries, String section, String name,
			Map<String, String> sorts, String dateProperty) {
		this.access = access;
		this.entries = entries;
		this.section = section;
		this.name = name;
		this.sorts = sorts;
		this.dateProperty = dateProperty;
	}

	public ArchivePage<L, T> list(Long customerId, Viewer viewer, Pageable pageable) {
		access.readable(customerId, viewer);
		Page<E> page = entries.findByCustomerId(customerId, PartPaging.of(pageable, sorts, dateProperty));
		Page<L> lines = new PageImpl<>(lines(page.getContent()), page.getPageable(), page.getTotalElements());
		return new ArchivePage<>(lines, totals(customerId));
	}

	public L get(Long customerId, Long entryId, Viewer viewer) {
		access.readable(customerId, viewer);
		return lines(List.of(find(customerId, entryId))).get(0);
	}

	@Transactional
	public Long add(Long customerId, V values, Viewer viewer) {
		Customer customer = access.editable(customerId, viewer);
		check(values);
		E entry = entries.save(create(customerId, values));
		access.recordChanges(customer, viewer, section, prefix(entry), Map.of(), entry.fields());
		access.flush();
		return entry.getId();
	}

	/**
	 * Changes the entry if it is still at {@code version}; otherwise refuses with the
	 * values saved meanwhile.
	 */
	@Transactional
	public void revise(Long customerId, Long entryId, long version, V values, Viewer viewer) {
		Customer customer = access.editable(customerId, viewer);
		E entry = find(customerId, entryId);
		ArchivePartAccess.sameVersion(version, entry);
		check(values);
		Map<String, String> before = entry.fields();
		change(entry, values);
		access.recordChanges(customer, viewer, section, prefix(entry), before, entry.fields());
		access.flush();
	}

	/** Deletes the entry; the history keeps what it held. */
	@Transactional
	public void delete(Long customerId, Long entryId, Viewer viewer) {
		Customer customer = access.editable(customerId, viewer);
		E entry = find(customerId, entryId);
		access.recordChanges(customer, viewer, section, prefix(entry), entry.fields(), Map.of());
		entries.delete(entry);
		access.flush();
	}

	/** A new entry of the customer from the values entered (already checked). */
	abstract E create(Long customerId, V values);

	/** Changes the entry to the values entered (already checked). */
	abstract void change(E entry, V values);

	/**
	 * The part's rules on what was entered, refused as {@code RuleViolationException}.
	 */
	abstract void check(V values);

	/**
	 * The entries as shown, in the same order: one query for all, never one per entry.
	 */
	abstract List<L> lines(List<E> entries);

	/** The totals over all the customer's entries, or null for a part without. */
	T totals(Long customerId) {
		return null;
	}

	private E find(Long customerId, Long entryId) {
		return entries.findByIdAndCustomerId(entryId, customerId)
			.orElseThrow(() -> new NotFoundException(name, entryId));
	}

	private String prefix(E entry) {
		return name + "#" + entry.getId();
	}

}
