package com.huike.crm.customer;

import java.util.List;

/**
 * Some answers were rejected; nothing was saved. Each error names the field and a message
 * key of the {@code profile} bundle.
 */
public class InvalidProfileException extends RuntimeException {

	private final List<ProfileError> errors;

	public InvalidProfileException(List<ProfileError> errors) {
		super("invalid profile answers: " + errors);
		this.errors = List.copyOf(errors);
	}

	public List<ProfileError> errors() {
		return errors;
	}

}
