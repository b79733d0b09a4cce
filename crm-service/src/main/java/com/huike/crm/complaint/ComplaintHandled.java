package com.huike.crm.complaint;

import java.time.Instant;

/**
 * A complaint was handled and the customer told the result: 客服部 recorded the feedback and
 * closed it. The after-complaint revisit is scheduled from it.
 */
public record ComplaintHandled(Long complaintId, Long customerId, String callerName, String callerPhone,
		String department, Instant handledAt) {

}
