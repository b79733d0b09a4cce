package com.huike.crm.audit;

/**
 * Filters of the access log; both optional. {@code customerCode} matches codes starting
 * with it, {@code user} a username or display name exactly.
 */
public record AccessLogQuery(String customerCode, String user) {

	public static AccessLogQuery all() {
		return new AccessLogQuery(null, null);
	}

}
