package com.huike.crm.demand.domain;

import com.huike.crm.shared.ConflictException;

/**
 * The registration cannot change this way in its current state (e.g. telling the customer
 * before the goods arrived, or a registration already closed).
 */
public class DemandNotOpenException extends ConflictException {

	private final DemandStatus status;

	public DemandNotOpenException(Long id, DemandStatus status) {
		super("demand registration " + id + " is " + status, "state",
				(status == DemandStatus.WAITING) ? "demand.notOpen.waiting" : "demand.notOpen.closed");
		this.status = status;
	}

	public DemandStatus getStatus() {
		return status;
	}

}
