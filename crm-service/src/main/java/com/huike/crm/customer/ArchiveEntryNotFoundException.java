package com.huike.crm.customer;

/**
 * An entry of an archive part (report, transaction, adjustment) does not exist, or not
 * under this customer, or not for the signed-in user.
 */
public class ArchiveEntryNotFoundException extends RuntimeException {

	public ArchiveEntryNotFoundException(String part, Long id) {
		super(part + " " + id + " not found");
	}

}
