/**
 * The pages of the monthly visit plans: the manager's plan (month calendar, list, the
 * month grid 客户经理任务执行标注表), its edits, the market manager's queue and decisions, the day's
 * list and its print view, marking visits done, month-end results; the administrator's
 * action types and daily maximum.
 */
package com.huike.crm.visitplan.web;
