package com.huike.crm.visitplan.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A kind of action as the administrator names it. */
record ActionTypeForm(
		@NotBlank(message = "{visitplan.actionType.nameRequired}") @Size(max = 50,
				message = "{visitplan.actionType.nameTooLong}") String name,
		@Size(max = 50, message = "{visitplan.actionType.nameTooLong}") String nameEn, Boolean active) {

}
