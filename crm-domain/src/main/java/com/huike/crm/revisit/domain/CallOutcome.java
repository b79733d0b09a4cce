package com.huike.crm.revisit.domain;

/** How one call of a revisit ended. */
public enum CallOutcome {

	REACHED, NO_ANSWER, BUSY, WRONG_NUMBER, REFUSED;

	public boolean isReached() {
		return this == REACHED;
	}

}
