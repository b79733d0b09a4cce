package com.huike.crm.complaint;

import java.time.Instant;

/** A complaint was handed to a department (confirmed, routed again or reopened). */
public record ComplaintRouted(Long complaintId, Long customerId, Long departmentId, String department, Long byUser,
		Instant at) {

}
