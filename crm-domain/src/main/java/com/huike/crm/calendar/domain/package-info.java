/**
 * The working-day calendar: the days that differ from the weekly rule (statutory holidays
 * and make-up workdays, 调休), editable by the administrator.
 */
package com.huike.crm.calendar.domain;
