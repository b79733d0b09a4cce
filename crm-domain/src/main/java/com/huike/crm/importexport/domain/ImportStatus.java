package com.huike.crm.importexport.domain;

/** Where an import stands. */
public enum ImportStatus {

	/** Checked and shown; waiting for the user's decisions and go. */
	PREVIEWED,
	/** Being written, in the background. */
	RUNNING,
	/** Written: the good rows are in the archive. */
	DONE,
	/** Stopped by an error; nothing of it was written. */
	FAILED

}
