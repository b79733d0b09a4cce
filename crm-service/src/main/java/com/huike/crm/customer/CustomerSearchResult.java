package com.huike.crm.customer;

import java.util.List;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * A page of the customer list. When more customers match than
 * {@link CustomerSearch#COUNT_LIMIT}, the total is that limit and {@link #isCapped()}
 * says "more than": the list asks the user to narrow the search instead of counting a
 * million rows.
 * <p>
 * A list without words in the box is paged by keyset ({@link #isKeyset()}): it reaches
 * every customer through the cursors of the pages around this one
 * ({@link CustomerCursor}, null where there is no such page), whatever the total says. A
 * search with words pages by number, up to {@link CustomerSearch#COUNT_LIMIT} matches.
 */
public class CustomerSearchResult extends PageImpl<CustomerSummary> {

	private final boolean capped;

	private final boolean keyset;

	private final String previousCursor;

	private final String nextCursor;

	private final String lastCursor;

	public CustomerSearchResult(List<CustomerSummary> content, Pageable pageable, long total, boolean capped) {
		this(content, pageable, total, capped, false, null, null, null);
	}

	CustomerSearchResult(List<CustomerSummary> content, Pageable pageable, long total, boolean capped, boolean keyset,
			String previousCursor, String nextCursor, String lastCursor) {
		super(content, pageable, total);
		this.capped = capped;
		this.keyset = keyset;
		this.previousCursor = previousCursor;
		this.nextCursor = nextCursor;
		this.lastCursor = lastCursor;
	}

	static CustomerSearchResult empty(Pageable pageable) {
		return new CustomerSearchResult(List.of(), pageable, 0, false);
	}

	/** True when more customers match than the total says. */
	public boolean isCapped() {
		return capped;
	}

	/** True when the list is paged by the cursors below rather than by page number. */
	public boolean isKeyset() {
		return keyset;
	}

	/** The page before this one, or null on the first page. */
	public String getPreviousCursor() {
		return previousCursor;
	}

	/** The page after this one, or null on the last page. */
	public String getNextCursor() {
		return nextCursor;
	}

	/** The last page, or null on it. */
	public String getLastCursor() {
		return lastCursor;
	}

	/**
	 * True when there is a page before this one (the first page is the list without a
	 * cursor).
	 */
	public boolean isAfterFirst() {
		return previousCursor != null;
	}

}
