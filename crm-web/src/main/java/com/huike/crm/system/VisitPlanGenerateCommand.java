package com.huike.crm.system;

import java.time.Duration;
import java.time.YearMonth;

import com.huike.crm.visitplan.VisitPlanService;
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
 * A command rather than a page: started with {@code --huike.visitplan.generate=YYYY-MM},
 * the application drafts the missing visit plans of every enabled manager for that month
 * (what the run on the 1st and the administrator's "for everyone" do), logs how many and
 * how long it took, and exits. {@code bench/visitplan-bench.sh} times it.
 */
@Component
@ConditionalOnProperty("huike.visitplan.generate")
@Order(20)
class VisitPlanGenerateCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(VisitPlanGenerateCommand.class);

	private final VisitPlanService plans;

	private final ConfigurableApplicationContext context;

	private final String month;

	VisitPlanGenerateCommand(VisitPlanService plans, ConfigurableApplicationContext context,
			@Value("${huike.visitplan.generate}") String month) {
		this.plans = plans;
		this.context = context;
		this.month = month;
	}

	@Override
	public void run(ApplicationArguments args) {
		int code = 0;
		try {
			YearMonth m = YearMonth.parse(month.strip());
			long start = System.nanoTime();
			int created = plans.generateMissing(m);
			Duration took = Duration.ofNanos(System.nanoTime() - start);
			log.info("Visit plans of {} drafted: {} plans in {} ms", m, created, took.toMillis());
		}
		catch (Exception ex) {
			log.error("Drafting the visit plans failed", ex);
			code = 1;
		}
		int exit = code;
		System.exit(SpringApplication.exit(context, () -> exit));
	}

}
