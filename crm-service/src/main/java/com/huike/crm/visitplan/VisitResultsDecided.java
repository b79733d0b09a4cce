package com.huike.crm.visitplan;

import java.time.Instant;
import java.time.YearMonth;

import com.huike.crm.visitplan.domain.ResultsStatus;

/**
 * The month-end results of a plan changed state: submitted by the manager, approved or
 * rejected (with the reason) by the market manager.
 */
public record VisitResultsDecided(Long planId, Long managerId, YearMonth month, ResultsStatus status, Long by,
		String reason, Instant at) {

}
