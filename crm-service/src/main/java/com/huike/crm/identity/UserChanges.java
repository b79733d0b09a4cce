package com.huike.crm.identity;

import java.util.Set;

import com.huike.crm.identity.domain.Role;

/**
 * What an administrator may change on a user; {@code version} is the one the form was
 * read with.
 */
public record UserChanges(String displayName, Set<Role> roles, Long teamId, String department, boolean enabled,
		long version) {

}
