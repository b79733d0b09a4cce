package com.huike.crm.security;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * Sign-in refused without checking the password: too many recent failures for this
 * username or from this address.
 */
class LoginThrottledException extends AuthenticationException {

	private final transient Duration lockedFor;

	LoginThrottledException(Duration lockedFor) {
		super("too many failed sign-ins; locked for " + lockedFor);
		this.lockedFor = lockedFor;
	}

	/** Whole minutes until sign-in is possible again, at least 1. */
	long minutes() {
		return Math.max(1, (lockedFor.toSeconds() + 59) / 60);
	}

}
