package com.huike.crm.visitplan;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Drafts every manager's plan on the first day of the month (00:20 in the business's time
 * zone by default) on one application instance at a time (ShedLock); at start-up
 * {@link VisitPlanCatchUp} runs it once more: the run drafts the plans of the current
 * month that are missing, so after downtime over the 1st the next start drafts them.
 * Idempotent: a plan that exists is left alone, and the unique (manager, month) key stops
 * a second instance from drafting one twice. Only with
 * {@code huike.scheduling.enabled=true}; tests call
 * {@link VisitPlanService#generateMissing} directly.
 */
@Component
@ConditionalOnProperty(name = "huike.scheduling.enabled", havingValue = "true")
class VisitPlanSchedule {

	static final String RUN_NAME = "visit-plans";

	private static final Logger log = LoggerFactory.getLogger(VisitPlanSchedule.class);

	private final VisitPlanService plans;

	VisitPlanSchedule(VisitPlanService plans) {
		this.plans = plans;
	}

	@Scheduled(cron = "${huike.visit-plans.cron:0 20 0 1 * *}", zone = "${huike.time-zone:Asia/Shanghai}")
	@SchedulerLock(name = RUN_NAME, lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	public void monthly() {
		int created = plans.generateMissing(plans.thisMonth());
		if (created > 0) {
			log.info("Visit plans of {} drafted: {}", plans.thisMonth(), created);
		}
	}

}
