package com.huike.crm.security;

import com.huike.crm.identity.IdentityService;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Users, their BCrypt hashes and roles come from the database.
 */
@Component
class DatabaseUserDetailsService implements UserDetailsService {

	private final IdentityService identity;

	DatabaseUserDetailsService(IdentityService identity) {
		this.identity = identity;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return identity.credentials(username)
			.map(u -> User.withUsername(u.username())
				.password(u.passwordHash())
				.disabled(!u.enabled())
				.roles(u.roles().stream().map(Enum::name).toArray(String[]::new))
				.build())
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}

}
