package com.huike.crm.system;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.UserService;
import com.huike.crm.identity.domain.Role;
import com.huike.crm.shared.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * The first administrator of a real deployment, which has no demo accounts: with
 * {@code huike.admin.password} set (env {@code HUIKE_ADMIN_PASSWORD}), creates the
 * account {@code huike.admin.username} (default {@code admin}) with the ADMIN role unless
 * an account of that name exists. An existing account is never changed, so the password
 * can be changed in the application afterwards and the setting removed. When two
 * instances start at once, one creates the account and the other finds it taken.
 */
@Component
@Order(0)
class InitialAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

	private final IdentityService identity;

	private final MessageSource messages;

	private final String username;

	private final String password;

	InitialAdministrator(IdentityService identity, MessageSource messages,
			@Value("${huike.admin.username:admin}") String username,
			@Value("${huike.admin.password:}") String password) {
		this.identity = identity;
		this.messages = messages;
		this.username = username;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (password.isEmpty()) {
			return;
		}
		// the same rules as for accounts an administrator adds
		if (!username.matches(UserService.USERNAME_PATTERN)) {
			throw new IllegalStateException("huike.admin.username must match " + UserService.USERNAME_PATTERN);
		}
		if (password.codePointCount(0, password.length()) < UserService.MIN_PASSWORD_LENGTH
				|| password.getBytes(StandardCharsets.UTF_8).length > UserService.MAX_PASSWORD_BYTES) {
			throw new IllegalStateException("huike.admin.password must have at least " + UserService.MIN_PASSWORD_LENGTH
					+ " characters and at most " + UserService.MAX_PASSWORD_BYTES + " bytes");
		}
		if (identity.userIdOf(username).isPresent()) {
			return;
		}
		String displayName = messages.getMessage("role.ADMIN", null, Locale.SIMPLIFIED_CHINESE);
		try {
			identity.createUser(username, password, displayName, Set.of(Role.ADMIN), null, null);
			log.info("Created the administrator account {}", username);
		}
		catch (RuleViolationException | DataIntegrityViolationException ex) {
			// another instance created it a moment ago
		}
	}

}
