package com.huike.crm.importexport;

import com.huike.crm.shared.RuleViolationException;

/**
 * The uploaded file cannot be imported as a whole (not a spreadsheet, wrong headers,
 * password-protected…): the message key says why, on the {@code file} field.
 */
public class ImportFileRefusedException extends RuleViolationException {

	public ImportFileRefusedException(String messageKey, Object... arguments) {
		super("file", messageKey, arguments);
	}

}
