package com.huike.crm.system;

import java.util.function.IntUnaryOperator;

import com.huike.crm.customer.CustomerProfileService;
import com.huike.crm.customer.CustomerReindexer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, computes the data derived from the archives that rows lack, in small
 * transactions: the search keys of customers that have none yet (rows written by SQL, or
 * after a migration changed the keys' form), and the completeness of archives marked for
 * it (a negative score, set by the migration that changed what is counted).
 */
@Component
@Order(0)
class SearchKeysRefresh implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SearchKeysRefresh.class);

	private final CustomerReindexer reindexer;

	private final CustomerProfileService profiles;

	SearchKeysRefresh(CustomerReindexer reindexer, CustomerProfileService profiles) {
		this.reindexer = reindexer;
		this.profiles = profiles;
	}

	@Override
	public void run(ApplicationArguments args) {
		long keys = inBatches(reindexer::reindexPending, 1000);
		if (keys > 0) {
			log.info("Computed the search keys of {} customers", keys);
		}
		long scores = inBatches(profiles::recountCompleteness, 500);
		if (scores > 0) {
			log.info("Counted the completeness of {} archives", scores);
		}
	}

	/**
	 * Runs a batch step until it has nothing left to do; returns how many rows it did.
	 */
	private static long inBatches(IntUnaryOperator step, int batch) {
		long total = 0;
		int done;
		do {
			done = step.applyAsInt(batch);
			total += done;
		}
		while (done > 0);
		return total;
	}

}
