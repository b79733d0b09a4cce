/**
 * Sign-in, the signed-in {@link com.huike.crm.identity.Viewer}, and who may reach which
 * URL.
 */
@ApplicationModule(displayName = "登录与权限 sign-in and access")
package com.huike.crm.security;

import org.springframework.modulith.ApplicationModule;
