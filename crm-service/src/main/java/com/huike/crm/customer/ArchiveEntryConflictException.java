package com.huike.crm.customer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.huike.crm.shared.ConflictException;

/**
 * Someone else saved the entry since the form was opened (optimistic locking): nothing
 * was changed. Carries the saved values so the user can see what changed meanwhile.
 */
public class ArchiveEntryConflictException extends ConflictException {

	private final Long currentVersion;

	private final Map<String, String> currentValues;

	public ArchiveEntryConflictException(Long currentVersion, Map<String, String> currentValues) {
		super("the entry was changed meanwhile; its version is now " + currentVersion, VERSION,
				properties("currentVersion", currentVersion), "api.problem.conflictUnknown.detail");
		this.currentVersion = currentVersion;
		this.currentValues = Collections.unmodifiableMap(new LinkedHashMap<>(currentValues));
	}

	/** The saved version, or null when it could not be read. */
	public Long getCurrentVersion() {
		return currentVersion;
	}

	/** The saved values by field name, in the order of the form (null when empty). */
	public Map<String, String> getCurrentValues() {
		return currentValues;
	}

}
