/**
 * The administrators' pages of the access log (sensitive-data access, call-center
 * lookups, list exports), and the export of any list as a file ({@link ListExports}),
 * which every export writes into that log.
 */
package com.huike.crm.audit.web;
