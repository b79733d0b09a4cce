package com.huike.crm.customer;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Compacts the archives' counts per manager ({@link CustomerTally}) every minute by
 * default ({@code huike.customer.tally-compaction}, a delay in milliseconds), on one
 * instance at a time. Only with {@code huike.scheduling.enabled=true}; the counts are
 * right without it, only the table grows with every change.
 */
@Component
@ConditionalOnProperty(name = "huike.scheduling.enabled", havingValue = "true")
class CustomerTallySchedule {

	private static final Logger log = LoggerFactory.getLogger(CustomerTallySchedule.class);

	private final CustomerTally tally;

	CustomerTallySchedule(CustomerTally tally) {
		this.tally = tally;
	}

	@Scheduled(fixedDelayString = "${huike.customer.tally-compaction:60000}", initialDelay = 30_000)
	@SchedulerLock(name = "customer-tally", lockAtMostFor = "PT10M")
	public void compact() {
		int rows = tally.compact();
		if (rows > 0) {
			log.debug("Customer tally: {} rows compacted", rows);
		}
	}

}
