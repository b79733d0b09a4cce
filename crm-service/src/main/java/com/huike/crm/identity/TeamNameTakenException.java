package com.huike.crm.identity;

/**
 * Another team already has this name.
 */
public class TeamNameTakenException extends RuntimeException {

	public TeamNameTakenException(String name) {
		super("team name taken: " + name);
	}

}
