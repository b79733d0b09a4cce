package com.huike.crm.visitplan;

import java.time.Instant;
import java.time.YearMonth;

/** A market manager (or an administrator) rejected a plan, with the reason. */
public record VisitPlanRejected(Long planId, Long managerId, YearMonth month, Long rejectedBy, String reason,
		Instant at) {

}
