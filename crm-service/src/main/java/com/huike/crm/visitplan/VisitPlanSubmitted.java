package com.huike.crm.visitplan;

import java.time.Instant;
import java.time.YearMonth;

/** A manager submitted a plan (to the market manager of the team). */
public record VisitPlanSubmitted(Long planId, Long managerId, YearMonth month, Instant at) {

}
