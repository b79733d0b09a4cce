/**
 * The monthly visit plan of a customer manager (客户经理工作法): its planned service actions
 * (营销动作), the kinds of action the administrator keeps, and the record of every change of
 * state of a plan and of its month-end results.
 */
package com.huike.crm.visitplan.domain;
