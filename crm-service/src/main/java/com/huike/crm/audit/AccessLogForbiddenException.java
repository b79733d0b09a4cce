package com.huike.crm.audit;

/**
 * Only administrators may read the access log.
 */
public class AccessLogForbiddenException extends RuntimeException {

	public AccessLogForbiddenException() {
		super("only administrators may read the access log");
	}

}
