package com.huike.crm.visitplan.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A planned action added or edited: customer (by code), day, kind, note. */
record ActionForm(@NotBlank(message = "{visitplan.customer.required}") @Size(max = 40) String customerCode,
		@NotNull(message = "{visitplan.day.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
		@NotNull(message = "{visitplan.actionType.required}") Long actionTypeId,
		@Size(max = 500, message = "{visitplan.note.tooLong}") String note, long version) {

}
