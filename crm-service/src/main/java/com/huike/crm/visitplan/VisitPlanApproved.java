package com.huike.crm.visitplan;

import java.time.Instant;
import java.time.YearMonth;

/** A market manager (or an administrator) approved a plan. */
public record VisitPlanApproved(Long planId, Long managerId, YearMonth month, Long approvedBy, Instant at) {

}
