/**
 * Identity use cases: who is signed in ({@link com.huike.crm.identity.Viewer}), users,
 * teams, roles.
 */
package com.huike.crm.identity;
