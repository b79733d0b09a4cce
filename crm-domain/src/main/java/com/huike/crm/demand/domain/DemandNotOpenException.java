package com.huike.crm.demand.domain;

/**
 * The registration cannot change this way in its current state (e.g. telling the customer
 * before the goods arrived, or a registration already closed).
 */
public class DemandNotOpenException extends RuntimeException {

	private final DemandStatus status;

	public DemandNotOpenException(Long id, DemandStatus status) {
		super("demand registration " + id + " is " + status);
		this.status = status;
	}

	public DemandStatus getStatus() {
		return status;
	}

}
