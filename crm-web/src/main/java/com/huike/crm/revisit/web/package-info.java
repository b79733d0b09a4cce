/**
 * The revisit pages (the agents' queue and call page, the customer-service manager's
 * settings and reports) and the revisit JSON API.
 */
package com.huike.crm.revisit.web;
