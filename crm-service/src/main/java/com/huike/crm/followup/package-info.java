/**
 * The customer-tracking method (客户追踪志管理法, seed 003) as use cases: grades proposed from
 * the four classification views and decided by the manager, the follow-up log, the
 * cadence that makes the next due date, the manager's agenda (今日待办) and the supervisor's
 * team view, and the customer's timeline. Grades live here rather than in
 * {@code customer} because a grade is only ever decided together with its cadence:
 * changing it moves the next due date.
 */
package com.huike.crm.followup;
