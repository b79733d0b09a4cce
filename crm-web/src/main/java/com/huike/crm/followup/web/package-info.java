/**
 * Pages and JSON API of the customer-tracking method: the grade review, the follow-up
 * form, the customer's timeline, the manager's agenda (今日待办), the supervisor's team view,
 * the grade distribution and the administrator's cadences.
 */
package com.huike.crm.followup.web;
