/**
 * The call center's hotline desk and complaints (客户投诉处理流程, seeds 001 and 002): requests
 * (诉求: 咨询, 投诉, 建议, 报修) taken by the agents at the desk; complaints confirmed by the
 * customer-service manager and routed to a department by the admin's routing rules, taken
 * and handled by the department's handlers with a deadline in working time of the work
 * calendar, escalated when overdue, fed back to the customer by 客服部 and closed or
 * reopened (《客户投诉处理表》). A complaint closed after feedback is published as
 * {@link com.huike.crm.complaint.ComplaintHandled}.
 */
@ApplicationModule(displayName = "投诉 hotline desk and complaints")
package com.huike.crm.complaint;

import org.springframework.modulith.ApplicationModule;
