package com.huike.crm.demand;

/**
 * The user may not do this with demand registrations (e.g. a call-center agent, or a
 * supervisor recording that a team member's customer was told).
 */
public class DemandAccessDeniedException extends RuntimeException {

	public DemandAccessDeniedException() {
		super("not allowed for demand registrations");
	}

}
