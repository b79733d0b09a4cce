/**
 * Identity: the people who use the CRM, their teams and their roles.
 */
package com.huike.crm.identity.domain;
