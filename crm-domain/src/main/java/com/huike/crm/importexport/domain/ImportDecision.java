package com.huike.crm.importexport.domain;

/**
 * What to do with a row that matches an existing archive (or an earlier row of the file).
 */
public enum ImportDecision {

	/** Leave it out. */
	SKIP,
	/** Update the existing archive with the row (the changes land in its history). */
	UPDATE,
	/** Create a new archive anyway. */
	CREATE

}
