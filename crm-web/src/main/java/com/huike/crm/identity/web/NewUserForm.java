package com.huike.crm.identity.web;

import java.util.Set;

import com.huike.crm.identity.NewUser;
import com.huike.crm.identity.UserService;
import com.huike.crm.identity.domain.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The add-user form. The service checks the same rules again.
 */
record NewUserForm(
		@NotBlank(message = "{admin.user.username.required}") @Pattern(regexp = "^$|" + UserService.USERNAME_PATTERN,
				message = "{admin.user.username.invalid}") String username,
		@Size(max = 100, message = "{admin.user.displayName.tooLong}") String displayName,
		@NotEmpty(message = "{admin.user.roles.required}") Set<Role> roles, Long teamId,
		@Size(max = 100, message = "{admin.user.department.tooLong}") String department,
		@NotBlank(message = "{admin.user.password.required}") @Size(min = UserService.MIN_PASSWORD_LENGTH,
				message = "{admin.user.password.tooShort}") String password) {

	static NewUserForm empty() {
		return new NewUserForm("", "", Set.of(Role.MANAGER), null, "", "");
	}

	NewUser toCommand() {
		return new NewUser(username, displayName, roles, teamId, department, password);
	}

	/** For the template: whether a role's box is ticked. */
	public boolean has(Role role) {
		return roles != null && roles.contains(role);
	}

}
