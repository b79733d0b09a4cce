package com.huike.crm.visitplan.web;

import jakarta.validation.constraints.Size;

/**
 * The market manager's decision on a plan or its results; a rejection needs the reason.
 */
record DecisionForm(@Size(max = 500, message = "{visitplan.reason.tooLong}") String reason, long version) {

}
