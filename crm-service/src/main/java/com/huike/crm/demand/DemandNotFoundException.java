package com.huike.crm.demand;

/**
 * The registration does not exist, or not for the signed-in user (which must look the
 * same).
 */
public class DemandNotFoundException extends RuntimeException {

	public DemandNotFoundException(Long id) {
		super("demand registration " + id + " not found");
	}

}
