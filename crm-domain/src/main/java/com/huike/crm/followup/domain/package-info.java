/**
 * The customer-tracking method (客户追踪志管理法, seed 003): the grade history, the follow-up log
 * and the cadence of follow-ups per grade and kind of activity. Customers are referred to
 * by id.
 */
package com.huike.crm.followup.domain;
