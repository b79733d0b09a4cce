/**
 * Identity use cases: who is signed in ({@link com.huike.crm.identity.Viewer}), users,
 * teams, roles.
 */
@ApplicationModule(displayName = "用户与团队 users, teams, roles")
package com.huike.crm.identity;

import org.springframework.modulith.ApplicationModule;
