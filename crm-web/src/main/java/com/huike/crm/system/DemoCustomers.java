package com.huike.crm.system;

import java.util.List;

import com.huike.crm.customer.CustomerLoader;
import com.huike.crm.identity.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo customers (profile {@code demo}): about 300 invented archives spread over
 * {@code manager1}–{@code manager3}, the same every time, created once after the demo
 * accounts ({@link DemoData}).
 */
@Component
@Profile("demo")
@Order(2)
class DemoCustomers implements ApplicationRunner {

	static final int COUNT = 300;

	private static final Logger log = LoggerFactory.getLogger(DemoCustomers.class);

	private final IdentityService identity;

	private final CustomerLoader loader;

	DemoCustomers(IdentityService identity, CustomerLoader loader) {
		this.identity = identity;
		this.loader = loader;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<Long> managers = List.of("manager1", "manager2", "manager3")
			.stream()
			.map(username -> identity.userIdOf(username).orElseThrow())
			.toList();
		int created = loader.loadDemo(managers, COUNT);
		if (created > 0) {
			log.info("Created {} demo customers", created);
		}
	}

}
