package com.huike.crm.complaint.domain;

/** A step of a complaint's timeline. */
public enum StepKind {

	RECEIVED, CONFIRMED, ROUTED, TAKEN, RESULT, FEEDBACK, CLOSED, REOPENED, ESCALATED

}
