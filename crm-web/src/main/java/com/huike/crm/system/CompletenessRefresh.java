package com.huike.crm.system;

import com.huike.crm.customer.CustomerProfileService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, counts the completeness of archives marked for it (a negative score, set
 * by the migration that changed what is counted), in small transactions.
 */
@Component
@Order(1)
class CompletenessRefresh implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(CompletenessRefresh.class);

	private final CustomerProfileService profiles;

	CompletenessRefresh(CustomerProfileService profiles) {
		this.profiles = profiles;
	}

	@Override
	public void run(ApplicationArguments args) {
		long total = 0;
		int done;
		do {
			done = profiles.recountCompleteness(500);
			total += done;
		}
		while (done > 0);
		if (total > 0) {
			log.info("Counted the completeness of {} archives", total);
		}
	}

}
