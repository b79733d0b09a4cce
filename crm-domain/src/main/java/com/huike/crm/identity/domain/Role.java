package com.huike.crm.identity.domain;

import org.springframework.modulith.NamedInterface;

/**
 * The roles of {@code spec/domain.md}. A user may hold several.
 */
@NamedInterface("roles")
public enum Role {

	MANAGER, SUPERVISOR, AGENT, CS_MANAGER, HANDLER, ADMIN

}
