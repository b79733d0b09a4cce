/**
 * Monthly visit plans (客户经理工作法, seed 002): at the start of each month the system drafts
 * each customer manager's plan of service actions from the visit cadence of each
 * customer's grade, over the working days of the work calendar, and carries over what
 * last month left unfinished; the manager edits and submits it; the market manager of the
 * manager's team approves it or rejects it with a reason; the day's list is printed and
 * the visits are marked done (each one a follow-up of the follow-up feature); at month
 * end the results are submitted and approved. Every transition is recorded and published
 * ({@link com.huike.crm.visitplan.VisitPlanSubmitted},
 * {@link com.huike.crm.visitplan.VisitPlanApproved},
 * {@link com.huike.crm.visitplan.VisitPlanRejected}, …).
 */
@ApplicationModule(displayName = "拜访计划 monthly visit plans")
package com.huike.crm.visitplan;

import org.springframework.modulith.ApplicationModule;
