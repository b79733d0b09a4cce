package com.huike.crm.analytics;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Takes the month-end snapshot of the grade distribution on the 1st (00:10 in the
 * business's time zone by default) on one instance at a time (ShedLock), and at start-up
 * when it is missing (after downtime over the 1st: then as the books are that day). Only
 * with {@code huike.scheduling.enabled=true}; tests call {@link GradeHistory#snapshot}.
 */
@Component
@ConditionalOnProperty(name = "huike.scheduling.enabled", havingValue = "true")
class GradeHistorySchedule {

	static final String RUN_NAME = "grade-history";

	private static final Logger log = LoggerFactory.getLogger(GradeHistorySchedule.class);

	private final GradeHistory history;

	GradeHistorySchedule(GradeHistory history) {
		this.history = history;
	}

	@Scheduled(cron = "${huike.analytics.grade-history.cron:0 10 0 1 * *}", zone = "${huike.time-zone:Asia/Shanghai}")
	@SchedulerLock(name = RUN_NAME, lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	public void monthly() {
		int rows = history.snapshot(history.lastMonth());
		if (rows > 0) {
			log.info("Grade distribution of {} kept: {} rows", history.lastMonth(), rows);
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void catchUp() {
		monthly();
	}

}
