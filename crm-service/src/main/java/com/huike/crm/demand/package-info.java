/**
 * Demand registration (缺货登记), issue 3: customers waiting for goods that are out of stock,
 * listed per product; when the product arrives every waiting registration becomes a 告知到货
 * care task (kind DEMAND_ARRIVED, ref = the registration's id) on its customer's
 * manager's agenda, and the registration closes when that task is done (the manager told
 * the customer) — through {@link com.huike.crm.care.CareTaskClosed}, whichever page the
 * manager uses. Arrival concerns the goods, so it moves every waiting registration of the
 * product, also those of other teams; only someone who sees at least one of them (or the
 * administrator) may record it.
 */
package com.huike.crm.demand;
