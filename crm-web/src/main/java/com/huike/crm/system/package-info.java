/**
 * The application assembled: configuration (the embedded database, locale, clock, the
 * API's description, scheduling, sessions), the demo data and the bulk loader. It may use
 * every feature; no feature uses it.
 */
@ApplicationModule(displayName = "系统 the application assembled")
package com.huike.crm.system;

import org.springframework.modulith.ApplicationModule;
