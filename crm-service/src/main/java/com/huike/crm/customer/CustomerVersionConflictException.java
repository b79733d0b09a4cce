package com.huike.crm.customer;

/**
 * The customer was saved by someone else since the caller read it: the update was refused
 * and nothing changed.
 */
public class CustomerVersionConflictException extends RuntimeException {

	private final Long customerId;

	private final Long currentVersion;

	public CustomerVersionConflictException(Long customerId, Long currentVersion) {
		super("customer " + customerId + " was changed meanwhile; its version is now " + currentVersion);
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
