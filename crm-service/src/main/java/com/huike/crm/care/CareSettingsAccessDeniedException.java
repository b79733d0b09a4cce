package com.huike.crm.care;

/**
 * Only the administrator changes the care settings.
 */
public class CareSettingsAccessDeniedException extends RuntimeException {

	public CareSettingsAccessDeniedException() {
		super("only the administrator changes the care settings");
	}

}
