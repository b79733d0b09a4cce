package com.huike.crm.identity;

/**
 * Someone else saved the team since the form was read.
 */
public class TeamChangedMeanwhileException extends RuntimeException {

	public TeamChangedMeanwhileException(Long id) {
		super("team " + id + " changed meanwhile");
	}

}
