package com.huike.crm.demand;

import java.time.Instant;

/**
 * The customer no longer wants the goods: the registration is closed. Published in that
 * transaction (the care feature skips an open 告知到货 task with it).
 */
public record DemandCancelled(Long registrationId, Long customerId, String note, Long by, Instant at) {

}
