package com.huike.crm.audit.domain;

import org.springframework.modulith.NamedInterface;

/**
 * Why sensitive fields were shown.
 */
@NamedInterface("purposes")
public enum AccessPurpose {

	/** The archive's detail page. */
	DETAIL,
	/** The print view. */
	PRINT,
	/** The edit form of a section holding sensitive fields. */
	EDIT,
	/** The history with sensitive values in clear. */
	HISTORY,
	/** Read through the JSON API. */
	API,
	/** Exported to a file. */
	EXPORT

}
