package com.huike.crm.customer;

import java.util.List;

import com.huike.crm.identity.IdentityService.UserSummary;

/**
 * What a bulk hand-over did: the customers that changed hands (not those the manager
 * owned already), and who took them over.
 */
public record ReassignmentOutcome(List<Long> reassignedIds, UserSummary newOwner) {

	public ReassignmentOutcome {
		reassignedIds = List.copyOf(reassignedIds);
	}

	public int count() {
		return reassignedIds.size();
	}

}
