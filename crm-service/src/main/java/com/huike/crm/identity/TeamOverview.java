package com.huike.crm.identity;

/**
 * A team as the administration pages show it.
 */
public record TeamOverview(Long id, String name, Long supervisorId, String supervisorName, long members, long version) {

}
