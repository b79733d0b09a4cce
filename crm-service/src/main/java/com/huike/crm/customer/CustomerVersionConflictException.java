package com.huike.crm.customer;

import com.huike.crm.shared.ConflictException;

/**
 * The customer was saved by someone else since the caller read it: the update was refused
 * and nothing changed.
 */
public class CustomerVersionConflictException extends ConflictException {

	private final Long customerId;

	private final Long currentVersion;

	public CustomerVersionConflictException(Long customerId, Long currentVersion) {
		super("customer " + customerId + " was changed meanwhile; its version is now " + currentVersion, VERSION,
				properties("currentVersion", currentVersion),
				(currentVersion != null) ? "api.problem.conflict.detail" : "api.problem.conflictUnknown.detail",
				(currentVersion != null) ? new Object[] { currentVersion } : new Object[0]);
		this.customerId = customerId;
		this.currentVersion = currentVersion;
	}

	public Long getCustomerId() {
		return customerId;
	}

	/** The version now saved, or null when it could not be read. */
	public Long getCurrentVersion() {
		return currentVersion;
	}

}
