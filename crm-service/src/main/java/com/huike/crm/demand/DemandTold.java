package com.huike.crm.demand;

import java.time.Instant;

/**
 * The manager told the customer that the goods arrived: the registration is closed.
 * Published in that transaction (the care feature closes the 告知到货 task with it).
 */
public record DemandTold(Long registrationId, Long customerId, ToldChannel channel, String note, Long by, Instant at) {

}
