package com.huike.crm.customer.web;

import java.util.List;

import com.huike.crm.customer.ReassignmentOutcome;
import io.swagger.v3.oas.annotations.media.Schema;

/** The answer to a bulk 转交. */
@Schema(name = "CustomerReassignmentResult")
record CustomerReassignmentResource(@Schema(
		description = "How many customers changed hands (those the manager owned already did not)") int reassigned,
		@Schema(description = "The customers that changed hands") List<Long> customerIds,
		@Schema(description = "Their manager now (user id)") Long ownerId) {

	static CustomerReassignmentResource of(ReassignmentOutcome outcome) {
		return new CustomerReassignmentResource(outcome.count(), outcome.reassignedIds(), outcome.newOwner().id());
	}

}
