package com.huike.crm.identity;

import java.util.Collection;
import java.util.Set;

import com.huike.crm.identity.domain.Role;

/**
 * The signed-in user as the services see them: every query is scoped through this record.
 *
 * @param userId the user's id
 * @param username the login name
 * @param displayName the name shown in the interface
 * @param roles the user's roles
 * @param teamMemberIds ids of the managers in the teams this user supervises (empty for
 * others)
 */
public record Viewer(Long userId, String username, String displayName, Set<Role> roles, Set<Long> teamMemberIds) {

	public Viewer {
		roles = Set.copyOf(roles);
		teamMemberIds = Set.copyOf(teamMemberIds);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public boolean isAdmin() {
		return has(Role.ADMIN);
	}

	/**
	 * Call-center roles that may look any customer up, but see only what a call needs.
	 */
	public boolean isLookupOnly() {
		return !isAdmin() && !has(Role.MANAGER) && !has(Role.SUPERVISOR)
				&& (has(Role.AGENT) || has(Role.CS_MANAGER) || has(Role.HANDLER));
	}

	/**
	 * True when the customer belongs to this user or to a manager of a team this user
	 * leads.
	 */
	public boolean ownsOrSupervises(Long ownerId) {
		return ownerId != null && (ownerId.equals(userId) || teamMemberIds.contains(ownerId));
	}

	/** What this viewer may do with a customer owned by {@code ownerId}. */
	public CustomerAccess accessTo(Long ownerId) {
		if (ownsOrSupervises(ownerId)) {
			return CustomerAccess.FULL_WITH_SENSITIVE;
		}
		if (isAdmin()) {
			return CustomerAccess.FULL;
		}
		if (isLookupOnly() || has(Role.AGENT) || has(Role.CS_MANAGER) || has(Role.HANDLER)) {
			return CustomerAccess.CONTACT_ONLY;
		}
		return CustomerAccess.NONE;
	}

	/**
	 * The owners whose customers this viewer may list, or {@code null} when not
	 * restricted by owner (administrators, and call-center roles who search any customer
	 * by name, code or phone).
	 */
	public Collection<Long> visibleOwnerIds() {
		if (isAdmin() || isLookupOnly()) {
			return null;
		}
		return Set.copyOf(
				java.util.stream.Stream.concat(java.util.stream.Stream.of(userId), teamMemberIds.stream()).toList());
	}

	/** What a viewer may see and do with one customer's archive. */
	public enum CustomerAccess {

		/** Nothing: the customer does not exist for this viewer. */
		NONE,
		/** Name, code, phones and owning manager only (call center). */
		CONTACT_ONLY,
		/** The whole archive except the sensitive (S) profile fields (administrators). */
		FULL,
		/**
		 * The whole archive including sensitive fields (owner and the owner's
		 * supervisor).
		 */
		FULL_WITH_SENSITIVE;

		public boolean canRead() {
			return this != NONE;
		}

		public boolean canReadArchive() {
			return this == FULL || this == FULL_WITH_SENSITIVE;
		}

		public boolean canEdit() {
			return canReadArchive();
		}

		public boolean canSeeSensitive() {
			return this == FULL_WITH_SENSITIVE;
		}

	}

}
