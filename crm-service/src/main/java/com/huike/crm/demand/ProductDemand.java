package com.huike.crm.demand;

import java.util.List;

/**
 * The open registrations of one product.
 *
 * @param productKey the product as registrations are grouped
 * @param product the product as first registered
 * @param waiting registrations still waiting for the goods
 * @param toTell registrations whose goods arrived and whose customer is still to be told
 * @param waitingQuantity the quantity still waiting
 * @param registrations the registrations, oldest request first
 */
public record ProductDemand(String productKey, String product, int waiting, int toTell, long waitingQuantity,
		List<DemandView> registrations) {
}
