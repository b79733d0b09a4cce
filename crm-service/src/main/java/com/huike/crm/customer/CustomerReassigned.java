package com.huike.crm.customer;

/**
 * A customer was handed to another manager. Features that keep the owner next to their
 * own records (open care tasks, demand registrations) follow it; published in the
 * transaction of the hand-over.
 */
public record CustomerReassigned(Long customerId, Long previousOwnerId, Long newOwnerId) {

}
