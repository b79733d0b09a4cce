/**
 * Audit use cases: record and browse who was shown sensitive customer data. A record
 * names the customer as it was shown (code and name kept with it), so the log reads
 * without the customer feature's tables.
 */
@ApplicationModule(displayName = "访问留痕 who was shown sensitive data")
package com.huike.crm.audit;

import org.springframework.modulith.ApplicationModule;
