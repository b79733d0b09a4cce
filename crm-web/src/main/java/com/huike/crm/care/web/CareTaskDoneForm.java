package com.huike.crm.care.web;

import com.huike.crm.care.domain.CareChannel;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * How a care task was done. {@code returnTo} names the page to go back to ("agenda" or
 * empty for the task list), never a URL.
 */
record CareTaskDoneForm(@NotNull(message = "{care.task.channel.required}") CareChannel channel,
		@Size(max = 500, message = "{care.task.note.tooLong}") String note, String returnTo) {

	static CareTaskDoneForm empty() {
		return new CareTaskDoneForm(null, "", null);
	}

}
