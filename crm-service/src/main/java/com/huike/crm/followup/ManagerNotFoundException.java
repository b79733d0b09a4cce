package com.huike.crm.followup;

/**
 * No such manager, or not one the viewer oversees (which must look the same).
 */
public class ManagerNotFoundException extends RuntimeException {

	public ManagerNotFoundException(Long id) {
		super("manager " + id + " not found");
	}

}
