/**
 * The administrator's working-day calendar, {@code /admin/calendar}: a year view with the
 * statutory holidays and make-up workdays, and forms to add, change or remove a day, or
 * to reset the year to its statutory arrangement.
 */
package com.huike.crm.calendar.web;
