package com.huike.crm.system;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.huike.crm.shared.demo.DemoContribution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.aop.support.AopUtils;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo data (profile {@code demo}): runs every feature's {@link DemoContribution}, in
 * their order, for today — once, since each adds nothing when its part is there already
 * (a restart). Before the other start-up runners (the bulk loader adds its customers
 * after the demo).
 */
@Component
@Profile("demo")
@Order(1)
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final List<DemoContribution> contributions;

	private final Clock clock;

	DemoData(List<DemoContribution> contributions, Clock clock) {
		this.contributions = contributions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		LocalDate today = LocalDate.now(clock);
		long started = System.nanoTime();
		boolean added = false;
		for (DemoContribution contribution : contributions) {
			long partStarted = System.nanoTime();
			Optional<String> part = contribution.contribute(today);
			if (part.isPresent()) {
				added = true;
				log.info("Demo data: {} ({}, {} ms)", part.get(), AopUtils.getTargetClass(contribution).getSimpleName(),
						millisSince(partStarted));
			}
		}
		if (added) {
			log.info("Demo data for {} created in {} ms", today, millisSince(started));
		}
	}

	private static long millisSince(long nanos) {
		return (System.nanoTime() - nanos) / 1_000_000;
	}

}
