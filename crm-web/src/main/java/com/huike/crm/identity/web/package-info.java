/**
 * The administrator's pages under {@code /admin}: users, teams and their roles.
 */
package com.huike.crm.identity.web;
