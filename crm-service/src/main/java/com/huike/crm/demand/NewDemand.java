package com.huike.crm.demand;

import java.time.LocalDate;

/**
 * A demand to register. The customer is given by id (API) or by code (the form).
 *
 * @param customerId the customer's id, or null when {@code customerCode} is given
 * @param customerCode the customer's code (客户编码)
 * @param product the goods wanted
 * @param quantity how many (at least 1)
 * @param requestedOn when the customer asked (not in the future)
 * @param note anything else
 */
public record NewDemand(Long customerId, String customerCode, String product, Integer quantity, LocalDate requestedOn,
		String note) {
}
