package com.huike.crm.system;

import com.huike.crm.customer.CustomerBulkLoad;
import com.huike.crm.identity.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A command rather than a page: started with {@code --huike.load.customers=N}, the
 * application adds N generated customers ({@link CustomerBulkLoad}) after the demo data,
 * logs how long it took and exits. {@code bench/search-load.sh} uses it to fill a
 * benchmark database; {@code --huike.load.customers=0} only migrates the schema and
 * creates the demo data.
 */
@Component
@ConditionalOnProperty("huike.load.customers")
@Order(10)
class BulkLoadCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BulkLoadCommand.class);

	private final CustomerBulkLoad bulkLoad;

	private final ConfigurableApplicationContext context;

	private final long customers;

	private final long seed;

	private final int threads;

	private final IdentityService identity;

	BulkLoadCommand(CustomerBulkLoad bulkLoad, IdentityService identity, ConfigurableApplicationContext context,
			@Value("${huike.load.customers}") long customers, @Value("${huike.load.seed:1}") long seed,
			@Value("${huike.load.threads:0}") int threads) {
		this.bulkLoad = bulkLoad;
		this.identity = identity;
		this.context = context;
		this.customers = customers;
		this.seed = seed;
		this.threads = (threads > 0) ? threads : Math.max(2, Runtime.getRuntime().availableProcessors());
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		int code = 0;
		try {
			if (customers > 0) {
				CustomerBulkLoad.Result result = bulkLoad.load(identity.enabledManagerIds(), customers, seed, threads);
				log.info("Loaded {} customers over {} managers in {} (copy and indexes {}, vacuum analyze {})",
						result.customers(), result.managers(), result.total(), result.copyAndRebuild(),
						result.analyze());
			}
		}
		catch (Exception ex) {
			log.error("Loading customers failed", ex);
			code = 1;
		}
		int exit = code;
		System.exit(SpringApplication.exit(context, () -> exit));
	}

}
