package com.huike.crm.revisit.domain;

/** Why the customer is called back. */
public enum RevisitKind {

	/** 满意度回访: some working days after a delivery. */
	SATISFACTION,
	/** 投诉回访: some days after a complaint was handled. */
	AFTER_COMPLAINT

}
