/**
 * Cross-cutting web infrastructure: the embedded database, locale, clock, error pages.
 */
package com.huike.crm.system;
