package com.huike.crm.importexport.domain;

import com.huike.crm.shared.ConflictException;

/**
 * The import is no longer in a state that allows this: deciding or starting once it ran,
 * or starting it twice.
 */
public class ImportNotPossibleException extends ConflictException {

	public ImportNotPossibleException(Long id, ImportStatus status) {
		super("import " + id + " is " + status, "state",
				(status == ImportStatus.RUNNING) ? "import.state.running" : "import.state.finished");
	}

}
