package com.huike.crm.importexport.web;

import java.util.Locale;

import com.huike.crm.importexport.domain.ImportKind;
import com.huike.crm.shared.RuleViolationException;

/**
 * The upload form's choices (the file itself comes as its own part): what the file holds
 * ({@code CUSTOMERS}, {@code TRANSACTIONS}), the encoding of a CSV file ({@code AUTO},
 * {@code UTF_8}, {@code GBK}) and whether the file is a store's registration sheet (待核实).
 */
record ImportUploadForm(String kind, String charset, Boolean registrationSheet) {

	ImportUploadForm {
		kind = (kind == null || kind.isBlank()) ? ImportKind.CUSTOMERS.name() : kind;
		charset = (charset == null || charset.isBlank()) ? "AUTO" : charset;
	}

	/** The kind chosen, from the form or the API. */
	static ImportKind kindOf(String kind) {
		if (kind == null || kind.isBlank()) {
			return ImportKind.CUSTOMERS;
		}
		try {
			return ImportKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new RuleViolationException("kind", "api.parameter.invalid", "kind");
		}
	}

}
