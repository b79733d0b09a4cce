package com.huike.crm.identity;

/**
 * The team does not exist.
 */
public class TeamNotFoundException extends RuntimeException {

	public TeamNotFoundException(Long id) {
		super("team " + id + " not found");
	}

}
