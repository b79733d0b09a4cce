package com.huike.crm.care;

/**
 * The care task does not exist, or not for the signed-in user (which must look the same).
 */
public class CareTaskNotFoundException extends RuntimeException {

	public CareTaskNotFoundException(Long id) {
		super("care task " + id + " not found");
	}

}
