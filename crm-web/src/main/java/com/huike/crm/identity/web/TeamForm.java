package com.huike.crm.identity.web;

import com.huike.crm.identity.TeamOverview;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Add or edit a team: its name and the supervisor who leads it. {@code version} is null
 * when adding.
 */
record TeamForm(@NotBlank(message = "{admin.team.name.required}") @Size(max = 100,
		message = "{admin.team.name.tooLong}") String name, Long supervisorId, Long version) {

	static TeamForm empty() {
		return new TeamForm("", null, null);
	}

	static TeamForm of(TeamOverview team) {
		return new TeamForm(team.name(), team.supervisorId(), team.version());
	}

	TeamForm withVersion(long newVersion) {
		return new TeamForm(name, supervisorId, newVersion);
	}

}
