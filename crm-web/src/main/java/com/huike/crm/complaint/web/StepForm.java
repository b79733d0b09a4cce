package com.huike.crm.complaint.web;

import com.huike.crm.complaint.domain.Opinion;
import jakarta.validation.constraints.Size;

/**
 * A step of the complaint form: the department (confirm, route), the text (result,
 * feedback, reason, note) and the customer's opinion (feedback), with the version the
 * user saw. Each step's service method says which it needs.
 */
record StepForm(Long departmentId, @Size(max = 2000, message = "{complaint.text.tooLong}") String text, Opinion opinion,
		long version) {

	static StepForm of(Long departmentId, long version) {
		return new StepForm(departmentId, "", null, version);
	}

}
