package com.huike.crm.analytics;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.huike.crm.analytics.domain.SpotCheck;
import com.huike.crm.analytics.domain.SpotCheckRepository;
import com.huike.crm.analytics.domain.SpotCheckResult;
import com.huike.crm.customer.CustomerFigures;
import com.huike.crm.customer.CustomerFigures.NamedCustomer;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.shared.demo.DemoContribution;

import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's spot checks: supervisor1 checked five archives each of manager1 and manager2
 * (一组) last month — manager1 with one failure still open, manager2 with two, one of them
 * fixed — so that the ranking has a month to show and the archives their findings.
 */
@Component
@Profile("demo")
@Order(80)
class SpotCheckDemoData implements DemoContribution {

	private static final List<String> FINDINGS = List.of("手机号码与门店登记表不符，请核实后更正", "生日和家庭情况未填写，与客户见面时补齐",
			"公司地址已搬迁，档案仍是旧地址");

	private final SpotCheckRepository checks;

	private final CustomerFigures customers;

	private final IdentityService identity;

	private final Clock clock;

	SpotCheckDemoData(SpotCheckRepository checks, CustomerFigures customers, IdentityService identity, Clock clock) {
		this.checks = checks;
		this.customers = customers;
		this.identity = identity;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Optional<String> contribute(LocalDate today) {
		if (checks.count() > 0) {
			return Optional.empty();
		}
		Optional<Long> supervisor = identity.userIdOf("supervisor1");
		if (supervisor.isEmpty()) {
			return Optional.empty();
		}
		LocalDate month = today.minusMonths(1).withDayOfMonth(1);
		Instant drawn = month.plusDays(14).atTime(10, 0).atZone(clock.getZone()).toInstant();
		Instant checked = drawn.plusSeconds(3 * 24 * 3600L);
		int count = 0;
		int finding = 0;
		for (String username : List.of("manager1", "manager2")) {
			Optional<Long> manager = identity.userIdOf(username);
			if (manager.isEmpty()) {
				continue;
			}
			List<NamedCustomer> sample = customers.firstOf(manager.get(), 5);
			int failures = username.equals("manager1") ? 1 : 2;
			for (int i = 0; i < sample.size(); i++) {
				SpotCheck check = new SpotCheck(manager.get(), sample.get(i).id(), month, supervisor.get(), drawn);
				boolean failed = i >= sample.size() - failures;
				check.record(failed ? SpotCheckResult.FAIL : SpotCheckResult.PASS,
						failed ? FINDINGS.get(finding++ % FINDINGS.size()) : null, supervisor.get(), checked);
				if (failed && username.equals("manager2") && i == sample.size() - 1) {
					check.fixed(checked.plusSeconds(2 * 24 * 3600L));
				}
				checks.save(check);
				count++;
			}
		}
		return Optional.of(count + " spot checks last month");
	}

}
