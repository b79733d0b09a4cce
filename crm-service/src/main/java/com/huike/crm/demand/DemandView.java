package com.huike.crm.demand;

import java.time.Instant;
import java.time.LocalDate;

import com.huike.crm.demand.domain.DemandStatus;

/**
 * A registration as lists show it.
 *
 * @param id the registration
 * @param customerId the customer
 * @param customerName the customer's name
 * @param customerCode the customer's code
 * @param ownerId the customer's current manager
 * @param ownerName that manager's name
 * @param product the goods wanted
 * @param productKey the product as registrations are grouped
 * @param quantity how many
 * @param requestedOn when the customer asked
 * @param note the note
 * @param status WAITING, ARRIVED, TOLD or CANCELLED
 * @param arrivedOn when the goods arrived
 * @param closedAt when it was closed
 * @param canAct true when the viewer may record that the customer was told, or cancel
 */
public record DemandView(Long id, Long customerId, String customerName, String customerCode, Long ownerId,
		String ownerName, String product, String productKey, int quantity, LocalDate requestedOn, String note,
		DemandStatus status, LocalDate arrivedOn, Instant closedAt, boolean canAct) {
}
