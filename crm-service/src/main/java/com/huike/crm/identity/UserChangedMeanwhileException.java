package com.huike.crm.identity;

/**
 * Someone else saved the user since the form was read.
 */
public class UserChangedMeanwhileException extends RuntimeException {

	public UserChangedMeanwhileException(Long id) {
		super("user " + id + " changed meanwhile");
	}

}
