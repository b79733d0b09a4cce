/**
 * Demand registration (缺货登记): customers waiting for goods that are out of stock, listed
 * per product. When the product arrives every waiting registration publishes
 * {@link com.huike.crm.demand.DemandArrived} (the care feature puts a 告知到货 task on the
 * manager's agenda); the registration closes when the manager told the customer
 * ({@link com.huike.crm.demand.DemandTold}) or the customer no longer wants the goods
 * ({@link com.huike.crm.demand.DemandCancelled}), on the demand page or by closing the
 * task on the agenda (then care calls {@code closedOnTheAgenda}). This feature knows
 * nothing of care. Arrival concerns the goods, so it moves every waiting registration of
 * the product, also those of other teams; only someone who sees at least one of them (or
 * the administrator) may record it. A registration keeps its customer's current manager
 * ({@code CustomerReassigned}).
 */
@ApplicationModule(displayName = "缺货登记 demand registrations")
package com.huike.crm.demand;

import org.springframework.modulith.ApplicationModule;
