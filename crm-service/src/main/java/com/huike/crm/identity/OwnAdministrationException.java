package com.huike.crm.identity;

/**
 * Administrators may not take away their own administrator role or disable themselves, so
 * that one can never lock everybody out.
 */
public class OwnAdministrationException extends RuntimeException {

	public OwnAdministrationException(Long userId) {
		super("cannot remove own administration: " + userId);
	}

}
