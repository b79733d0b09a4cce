package com.huike.crm.demand;

import java.time.LocalDate;

/**
 * The goods a customer waited for arrived: the customer's manager has to tell them (the
 * care feature puts a 告知到货 task on the manager's agenda). Published once per
 * registration, in the transaction of the arrival.
 *
 * @param registrationId the registration
 * @param ownerId the customer's manager
 * @param arrivedOn the day the goods arrived
 */
public record DemandArrived(Long registrationId, Long customerId, Long ownerId, String product, int quantity,
		LocalDate arrivedOn) {

}
