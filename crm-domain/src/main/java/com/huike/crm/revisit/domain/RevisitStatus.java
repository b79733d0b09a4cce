package com.huike.crm.revisit.domain;

/** Where a revisit stands. */
public enum RevisitStatus {

	/** In the queue, to be called. */
	OPEN,
	/** The customer was reached and scored the service. */
	DONE,
	/** Not reached within the attempts allowed. */
	UNREACHABLE

}
