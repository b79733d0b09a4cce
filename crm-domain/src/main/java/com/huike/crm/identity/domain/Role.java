package com.huike.crm.identity.domain;

/**
 * The roles of {@code spec/domain.md}. A user may hold several.
 */
public enum Role {

	MANAGER, SUPERVISOR, AGENT, CS_MANAGER, HANDLER, ADMIN

}
