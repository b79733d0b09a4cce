package com.huike.crm.visitplan.domain;

/** What a recorded transition changed: the plan, or its month-end results. */
public enum Transition {

	PLAN, RESULTS

}
