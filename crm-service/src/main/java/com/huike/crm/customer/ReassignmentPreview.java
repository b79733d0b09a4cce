package com.huike.crm.customer;

import java.util.List;

import com.huike.crm.identity.IdentityService.UserSummary;

/**
 * What a bulk hand-over would do, for the confirmation page: the customers with their
 * current managers and versions, and the manager who takes them over.
 */
public record ReassignmentPreview(List<Line> customers, UserSummary newOwner) {

	/** How many customers would change hands (the others are the new owner's already). */
	public long changing() {
		return customers.stream().filter(c -> !c.alreadyOwned()).count();
	}

	/** One customer as it stands now. */
	public record Line(Long id, String code, String name, Long ownerId, String ownerName, long version,
			boolean alreadyOwned) {
	}

}
