package com.huike.crm.customer;

import java.util.List;

import com.huike.crm.shared.ConflictException;

/**
 * The archive was changed by someone else since the form was opened: nothing was saved.
 * Carries the changes made since the version the form was based on.
 */
public class StaleProfileException extends ConflictException {

	private final long expectedVersion;

	private final long currentVersion;

	private final List<ProfileChange> changes;

	public StaleProfileException(long expectedVersion, long currentVersion, List<ProfileChange> changes) {
		super("archive changed since version " + expectedVersion + " (now " + currentVersion + ")", VERSION,
				properties("currentVersion", currentVersion), "api.problem.conflict.detail", currentVersion);
		this.expectedVersion = expectedVersion;
		this.currentVersion = currentVersion;
		this.changes = List.copyOf(changes);
	}

	public long expectedVersion() {
		return expectedVersion;
	}

	public long currentVersion() {
		return currentVersion;
	}

	/** The changes since the expected version, oldest first (may be empty). */
	public List<ProfileChange> changes() {
		return changes;
	}

}
