package com.huike.crm.revisit.web;

import com.huike.crm.revisit.NotReached;
import com.huike.crm.revisit.domain.CallOutcome;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A call that did not reach the customer: why, and a note. */
record NotReachedForm(@NotNull(message = "{revisit.outcome.required}") CallOutcome outcome,
		@Size(max = 500, message = "{revisit.note.tooLong}") String note, long version) {

	NotReached toCommand() {
		return new NotReached(outcome, note);
	}

}
