/**
 * Sign-in, the signed-in {@link com.huike.crm.identity.Viewer}, and who may reach which
 * URL.
 */
package com.huike.crm.security;
