/**
 * Revisits (回访, seeds 001 and 002 客服工作流程图, 回访工作流程细则): the call center calls customers
 * back — a satisfaction revisit some working days after a delivery (the transaction dates
 * of the archive), an after-complaint revisit some days after a complaint was handled
 * ({@link com.huike.crm.complaint.ComplaintHandled}) — from the agents' queue in due
 * order; the call page shows the script of the kind of revisit and the service items to
 * score 1–5; a customer not reached is called again in another time slot (上午 / 下午 / 晚上)
 * up to a number of attempts, then the revisit is closed as unreachable; weekly and
 * monthly reports count what was done and average the scores per item and department.
 */
@ApplicationModule(displayName = "回访 revisits")
package com.huike.crm.revisit;

import org.springframework.modulith.ApplicationModule;
