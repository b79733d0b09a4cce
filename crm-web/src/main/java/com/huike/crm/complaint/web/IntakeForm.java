package com.huike.crm.complaint.web;

import com.huike.crm.complaint.NewRequest;
import com.huike.crm.complaint.domain.Channel;
import com.huike.crm.complaint.domain.RequestType;
import com.huike.crm.complaint.domain.Severity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The desk's intake of a call: what the caller wants and who they are. */
record IntakeForm(@NotNull(message = "{request.type.required}") RequestType type,
		@NotNull(message = "{request.channel.required}") Channel channel, Long customerId,
		@Size(max = 100, message = "{complaint.text.tooLong}") String callerName,
		@Size(max = 40, message = "{complaint.text.tooLong}") String callerPhone, Long categoryId, Severity severity,
		@NotBlank(message = "{complaint.description.required}") @Size(max = 2000,
				message = "{complaint.text.tooLong}") String description,
		@Size(max = 100, message = "{complaint.text.tooLong}") String product,
		@Size(max = 100, message = "{complaint.text.tooLong}") String region,
		@Size(max = 2000, message = "{complaint.text.tooLong}") String answer,
		@Size(max = 40, message = "{complaint.text.tooLong}") String aboutCustomerCode) {

	static IntakeForm empty(Long customerId, String phone) {
		return new IntakeForm(RequestType.INQUIRY, Channel.HOTLINE, customerId, "", phone, null, Severity.NORMAL, "",
				"", "", "", "");
	}

	NewRequest toCommand() {
		return new NewRequest(type, channel, customerId, callerName, callerPhone, categoryId, severity, description,
				product, region, answer, aboutCustomerCode);
	}

}
