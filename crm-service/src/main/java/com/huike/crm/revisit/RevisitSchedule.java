package com.huike.crm.revisit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Schedules the satisfaction revisits of the deliveries every night (01:45 in the
 * business's time zone by default) on one application instance at a time (ShedLock); at
 * start-up {@link RevisitCatchUp} runs it once more, which covers the days missed while
 * the application was down. Only with {@code huike.scheduling.enabled=true}; tests call
 * {@link RevisitPlanner#scheduleDeliveries} directly.
 */
@Component
@ConditionalOnProperty(name = "huike.scheduling.enabled", havingValue = "true")
class RevisitSchedule {

	private final RevisitPlanner planner;

	private final RevisitService service;

	RevisitSchedule(RevisitPlanner planner, RevisitService service) {
		this.planner = planner;
		this.service = service;
	}

	@Scheduled(cron = "${huike.revisits.cron:0 45 1 * * *}", zone = "${huike.time-zone:Asia/Shanghai}")
	@SchedulerLock(name = RevisitPlanner.RUN_NAME, lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	public void nightly() {
		planner.scheduleDeliveries(service.today());
	}

}
