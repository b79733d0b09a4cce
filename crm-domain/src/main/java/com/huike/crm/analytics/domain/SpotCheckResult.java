package com.huike.crm.analytics.domain;

/** What a spot check found: the archive is true and complete enough, or not. */
public enum SpotCheckResult {

	PASS, FAIL

}
