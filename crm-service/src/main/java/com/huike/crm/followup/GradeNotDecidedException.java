package com.huike.crm.followup;

/**
 * The grade was neither confirmed nor changed: every follow-up re-decides it
 * (每次追踪以后重新定格划分等级).
 */
public class GradeNotDecidedException extends RejectedInputException {

	public GradeNotDecidedException() {
		super("grade", "followup.grade.required", "confirm or change the grade");
	}

}
