package com.huike.crm.revisit;

import com.huike.crm.revisit.domain.CallOutcome;

/** A call that did not reach the customer: why, and a note. */
public record NotReached(CallOutcome outcome, String note) {

}
