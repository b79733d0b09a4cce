package com.huike.crm.customer;

import java.util.List;

import com.huike.crm.shared.RuleViolationException;

/**
 * Some answers were rejected; nothing was saved. Each error names the field and a message
 * key of the {@code profile} bundle. As a rule violation the fields are the JSON paths of
 * the API ({@code profile.birthDate}); {@link #errors()} names them as the section form
 * does ({@code birthDate}).
 */
public class InvalidProfileException extends RuleViolationException {

	private final List<ProfileError> errors;

	public InvalidProfileException(List<ProfileError> errors) {
		super(errors.stream()
			.map(error -> new Violation("profile." + error.field(), error.code(), error.args().toArray()))
			.toList());
		this.errors = List.copyOf(errors);
	}

	public List<ProfileError> errors() {
		return errors;
	}

}
