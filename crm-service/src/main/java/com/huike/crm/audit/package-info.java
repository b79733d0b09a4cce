/**
 * Audit use cases: record and browse who was shown sensitive customer data.
 */
package com.huike.crm.audit;
