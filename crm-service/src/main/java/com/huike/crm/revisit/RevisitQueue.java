package com.huike.crm.revisit;

import java.util.List;

/**
 * One page of the agents' queue, in due order (day, then slot), paged by keyset: the
 * cursor of the next page, if there is one, and whether this is not the first page.
 *
 * @param totalElements the open revisits in all
 * @param dueNow how many of them are due today or earlier
 */
public record RevisitQueue(List<RevisitQueueEntry> content, long totalElements, long dueNow, String nextCursor,
		boolean afterFirst) {

	/** For the shared cursor pagination: no previous or last cursor, never capped. */
	public String previousCursor() {
		return null;
	}

	public String lastCursor() {
		return null;
	}

	public boolean capped() {
		return false;
	}

}
