/**
 * The hotline's requests (诉求) and the complaint flow:
 * {@link com.huike.crm.complaint.domain.ServiceRequest} with its timeline of
 * {@link com.huike.crm.complaint.domain.ComplaintStep}s, and what the administrator
 * configures (departments, categories, routing rules, deadlines).
 */
package com.huike.crm.complaint.domain;
