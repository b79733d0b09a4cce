package com.huike.crm.complaint.domain;

/** The customer's opinion of the result they were told: 满意, 一般, 不满意. */
public enum Opinion {

	SATISFIED, NEUTRAL, UNSATISFIED

}
