/**
 * Audit trail: who was shown sensitive (S) customer data, when, and why.
 */
package com.huike.crm.audit.domain;
