package com.huike.crm.identity;

/**
 * A team needs a name.
 */
public class TeamNameRequiredException extends RuntimeException {

	public TeamNameRequiredException() {
		super("a team needs a name");
	}

}
