package com.huike.crm.complaint;

import java.util.List;

/**
 * A page of the customer-service manager's queue of open complaints, by deadline (the
 * most urgent first), paged by keyset: the cursor of the next page names the last row's
 * deadline and id. Shaped for {@code fragments/pagination :: cursors}.
 */
public record ComplaintQueue(List<RequestRow> content, long totalElements, boolean capped, boolean afterFirst,
		String nextCursor) {

	public String previousCursor() {
		return null;
	}

	public String lastCursor() {
		return null;
	}

}
