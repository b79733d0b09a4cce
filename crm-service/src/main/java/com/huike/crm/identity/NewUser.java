package com.huike.crm.identity;

import java.util.Set;

import com.huike.crm.identity.domain.Role;

/**
 * What an administrator enters to add a user.
 */
public record NewUser(String username, String displayName, Set<Role> roles, Long teamId, String department,
		String password) {

}
