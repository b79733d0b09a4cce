package com.huike.crm.complaint;

import com.huike.crm.complaint.domain.Severity;

/**
 * A problem raised in a revisit, to become a routed complaint in one step
 * ({@link ComplaintService#raiseFromRevisit}).
 *
 * @param customerId the customer revisited (null for a caller who is not a customer)
 * @param callerName who was called (null: the customer's name)
 * @param callerPhone the number called (null: the customer's mobile phone)
 * @param categoryId a category of {@link ComplaintSettingsService#categories(boolean)}
 * (null: none; the routing rules then use product and region only)
 * @param severity null for normal
 * @param description what the customer said, required
 * @param product the product concerned, if any (routing)
 * @param region the region, if any (routing)
 */
public record NewComplaint(Long customerId, String callerName, String callerPhone, Long categoryId, Severity severity,
		String description, String product, String region) {

}
