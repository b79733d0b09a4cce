package com.huike.crm.identity.web;

import java.util.Set;

import com.huike.crm.identity.UserChanges;
import com.huike.crm.identity.UserOverview;
import com.huike.crm.identity.domain.Role;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The edit-user form: roles, team, department, whether the user may sign in.
 * {@code enabled} is a checkbox, so it is absent (null) when unticked.
 */
record UserEditForm(@Size(max = 100, message = "{admin.user.displayName.tooLong}") String displayName,
		@NotEmpty(message = "{admin.user.roles.required}") Set<Role> roles, Long teamId,
		@Size(max = 100, message = "{admin.user.department.tooLong}") String department, Boolean enabled,
		@NotNull Long version) {

	static UserEditForm of(UserOverview user) {
		return new UserEditForm(user.displayName(), user.roles(), user.teamId(), user.department(), user.enabled(),
				user.version());
	}

	UserEditForm withVersion(long newVersion) {
		return new UserEditForm(displayName, roles, teamId, department, enabled, newVersion);
	}

	UserChanges toChanges() {
		return new UserChanges(displayName, roles, teamId, department, Boolean.TRUE.equals(enabled), version);
	}

	public boolean has(Role role) {
		return roles != null && roles.contains(role);
	}

}
