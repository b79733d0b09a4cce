package com.huike.crm.identity;

import java.time.Instant;
import java.util.Set;

import com.huike.crm.identity.domain.Role;

/**
 * A user as the administration pages show them.
 */
public record UserOverview(Long id, String username, String displayName, Set<Role> roles, Long teamId, String teamName,
		String department, boolean enabled, Instant createdAt, long version) {

	public UserOverview {
		roles = Set.copyOf(roles);
	}

}
