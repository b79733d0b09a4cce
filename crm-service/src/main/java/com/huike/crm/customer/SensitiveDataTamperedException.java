package com.huike.crm.customer;

/**
 * An encrypted sensitive value does not decrypt: it was altered, or written with another
 * key.
 */
public class SensitiveDataTamperedException extends RuntimeException {

	public SensitiveDataTamperedException() {
		super("sensitive data could not be decrypted: tampered with, or encrypted with another key");
	}

}
