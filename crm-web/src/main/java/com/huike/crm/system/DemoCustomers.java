package com.huike.crm.system;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.huike.crm.customer.CustomerLoader;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.shared.demo.DemoContribution;

import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo customers: about 300 invented archives spread over {@code manager1}–
 * {@code manager3}, the same every time, after the demo accounts ({@link DemoAccounts}).
 * Their life — follow-ups, archive parts, care, demands — is added by the features' own
 * contributions after this one.
 */
@Component
@Profile("demo")
@Order(2)
class DemoCustomers implements DemoContribution {

	static final int COUNT = 300;

	private final IdentityService identity;

	private final CustomerLoader loader;

	DemoCustomers(IdentityService identity, CustomerLoader loader) {
		this.identity = identity;
		this.loader = loader;
	}

	@Override
	public Optional<String> contribute(LocalDate today) {
		List<Long> managers = List.of("manager1", "manager2", "manager3")
			.stream()
			.map(username -> identity.userIdOf(username).orElseThrow())
			.toList();
		int created = loader.loadDemo(managers, COUNT);
		return (created > 0) ? Optional.of(created + " customers") : Optional.empty();
	}

}
