package com.huike.crm.followup;

import com.huike.crm.customer.domain.Grade;
import com.huike.crm.followup.domain.Activity;

/**
 * A cadence of zero or fewer days, or a missing follow-up cadence.
 */
public class InvalidCadenceException extends RejectedInputException {

	private final Activity activity;

	private final Grade grade;

	public InvalidCadenceException(Activity activity, Grade grade, boolean missing) {
		super(activity.name() + "_" + grade.name(), missing ? "cadence.required" : "cadence.positive",
				"invalid cadence for " + activity + " " + grade);
		this.activity = activity;
		this.grade = grade;
	}

	public Activity activity() {
		return this.activity;
	}

	public Grade grade() {
		return this.grade;
	}

}
