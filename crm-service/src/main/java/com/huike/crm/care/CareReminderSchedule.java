package com.huike.crm.care;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the care reminders every night (01:30 in the business's time zone by default) on
 * one application instance at a time (ShedLock). Only with
 * {@code huike.scheduling.enabled=true}; tests call {@link CareReminders#run} directly.
 */
@Component
@ConditionalOnProperty(name = "huike.scheduling.enabled", havingValue = "true")
public class CareReminderSchedule {

	private final CareReminders reminders;

	CareReminderSchedule(CareReminders reminders) {
		this.reminders = reminders;
	}

	@Scheduled(cron = "${huike.care.reminders.cron:0 30 1 * * *}", zone = "${huike.time-zone:Asia/Shanghai}")
	@SchedulerLock(name = CareReminders.RUN_NAME, lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	public void nightly() {
		reminders.runNow();
	}

}
