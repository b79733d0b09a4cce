/**
 * The customer-tracking method (客户追踪志管理法, seed 003) as use cases: grades proposed from
 * the four classification views and decided by the manager, the follow-up log, the
 * cadence that makes the next due date, the manager's agenda (今日待办) and the supervisor's
 * team view, and the customer's timeline. A grade is decided here, with its cadence, and
 * kept on the customer: logging a follow-up publishes
 * {@link com.huike.crm.followup.FollowUpLogged}, deciding a grade
 * {@link com.huike.crm.followup.GradeDecided}, changing the cadences
 * {@link com.huike.crm.followup.CadenceChanged} — the customer feature moves the
 * customer's grade and next due date from them, in the same transaction.
 */
@ApplicationModule(displayName = "客户追踪 grades, follow-ups, agenda, timeline")
package com.huike.crm.followup;

import org.springframework.modulith.ApplicationModule;
