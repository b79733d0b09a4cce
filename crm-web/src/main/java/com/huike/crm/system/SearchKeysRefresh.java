package com.huike.crm.system;

import com.huike.crm.customer.CustomerReindexer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, computes the search keys of customers that have none yet (rows written by
 * SQL, or after a migration changed the keys' form), in small transactions.
 */
@Component
@Order(0)
class SearchKeysRefresh implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SearchKeysRefresh.class);

	private final CustomerReindexer reindexer;

	SearchKeysRefresh(CustomerReindexer reindexer) {
		this.reindexer = reindexer;
	}

	@Override
	public void run(ApplicationArguments args) {
		long total = 0;
		int done;
		do {
			done = reindexer.reindexPending(1000);
			total += done;
		}
		while (done > 0);
		if (total > 0) {
			log.info("Computed the search keys of {} customers", total);
		}
	}

}
