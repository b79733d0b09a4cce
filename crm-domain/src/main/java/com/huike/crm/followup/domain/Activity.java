package com.huike.crm.followup.domain;

/**
 * The kinds of activity a cadence is set for: any follow-up (the 客户追踪志 of seed 003: A
 * daily … E yearly) and in-person visits (seed 002: A weekly, B monthly, C every two
 * months), which the monthly visit plans are generated from.
 */
public enum Activity {

	FOLLOW_UP, VISIT;

	/** Whether a follow-up through this channel counts for this activity. */
	public boolean countsFor(Channel channel) {
		return this == FOLLOW_UP || channel == Channel.VISIT;
	}

}
