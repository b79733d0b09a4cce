package com.huike.crm.identity.domain;

/**
 * How many users belong to a team.
 */
public record TeamMemberCount(Long teamId, long members) {

}
