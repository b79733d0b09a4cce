package com.huike.crm.demand.domain;

/**
 * WAITING → ARRIVED (the goods came; tell the customer) → TOLD; or CANCELLED when the
 * customer no longer wants them.
 */
public enum DemandStatus {

	WAITING, ARRIVED, TOLD, CANCELLED;

	public boolean isOpen() {
		return this == WAITING || this == ARRIVED;
	}

}
