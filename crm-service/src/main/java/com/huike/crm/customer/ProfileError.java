package com.huike.crm.customer;

import java.util.List;

/**
 * A rejected answer: the field path as the form names it ({@code birthDate},
 * {@code children[0].name} with rows counted from 0 as submitted), the message key in the
 * {@code profile} bundle and its arguments.
 */
public record ProfileError(String field, String code, List<Object> args) {

	public ProfileError {
		args = List.copyOf(args);
	}

	public ProfileError(String field, String code) {
		this(field, code, List.of());
	}

}
