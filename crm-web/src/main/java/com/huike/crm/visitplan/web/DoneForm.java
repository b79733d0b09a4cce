package com.huike.crm.visitplan.web;

import com.huike.crm.customer.domain.Grade;
import com.huike.crm.visitplan.MarkDone;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** 点选拜访情况: what the visit brought and the grade re-decided. */
record DoneForm(
		@NotBlank(message = "{visitplan.done.contentRequired}") @Size(max = 2000,
				message = "{visitplan.done.contentTooLong}") String content,
		@Size(max = 1000, message = "{visitplan.done.contentTooLong}") String outcome,
		@NotNull(message = "{followup.grade.required}") Grade grade,
		@Size(max = 500, message = "{visitplan.reason.tooLong}") String reason, long version) {

	MarkDone toCommand() {
		return new MarkDone(content, outcome, grade, reason);
	}

}
