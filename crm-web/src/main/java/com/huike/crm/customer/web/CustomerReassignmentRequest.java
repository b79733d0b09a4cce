package com.huike.crm.customer.web;

import java.util.List;
import java.util.Map;

import com.huike.crm.customer.CustomerAssignmentService;
import com.huike.crm.customer.CustomerReassignment;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Bulk 转交 by the API. Checked by the service, in this order: the caller's role (403),
 * then the input (400), then the customers (404) and the new owner (403), then the
 * versions (409).
 */
@Schema(name = "CustomerReassignment", requiredProperties = { "customerIds", "ownerId" })
record CustomerReassignmentRequest(
		@ArraySchema(minItems = 1, maxItems = CustomerAssignmentService.BULK_LIMIT,
				schema = @Schema(description = "Customer id"),
				arraySchema = @Schema(description = "The customers to hand over, at most "
						+ CustomerAssignmentService.BULK_LIMIT + "; all or none")) List<Long> customerIds,
		@Schema(description = "The enabled customer manager who takes them over (user id)") Long ownerId,
		@Schema(description = "Optional: the `version` of each customer as the caller read it, keyed by customer id; "
				+ "a customer saved since is a 409 and nothing changes") Map<Long, Long> versions) {

	CustomerReassignment toCommand() {
		return new CustomerReassignment(customerIds, ownerId, versions);
	}

}
