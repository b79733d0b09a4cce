/**
 * The call center's pages and JSON API: the agent's desk, the requests and the complaint
 * form with its steps and print view, the customer-service manager's queue, the
 * department's queue, the panels on the archive and the agenda, the navigation counts,
 * and the administrator's departments, categories, routing rules and deadlines.
 */
package com.huike.crm.complaint.web;
