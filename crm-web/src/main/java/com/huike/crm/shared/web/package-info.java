/**
 * The web mechanisms every feature uses and none owns: how refusals become error pages
 * and problem details ({@link com.huike.crm.shared.web.ApiProblems},
 * {@link com.huike.crm.shared.web.ErrorPages}), how a service's rule violations land next
 * to the form fields ({@link com.huike.crm.shared.web.FormErrors}), and the one page
 * shape of the JSON API ({@link com.huike.crm.shared.web.PageResource}).
 */
package com.huike.crm.shared.web;
