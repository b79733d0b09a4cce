package com.huike.crm.complaint;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Escalates the complaints past their deadline every five minutes, on one application
 * instance at a time (ShedLock). Only with {@code huike.scheduling.enabled=true}; tests
 * call {@link ComplaintService#escalateOverdue} directly. Between two runs a complaint
 * past its deadline already shows as overdue: the flag is computed on every read.
 */
@Component
@ConditionalOnProperty(name = "huike.scheduling.enabled", havingValue = "true")
public class ComplaintEscalationSchedule {

	static final String RUN_NAME = "complaint-escalation";

	private final ComplaintService complaints;

	ComplaintEscalationSchedule(ComplaintService complaints) {
		this.complaints = complaints;
	}

	@Scheduled(cron = "${huike.complaints.escalation.cron:0 */5 * * * *}", zone = "${huike.time-zone:Asia/Shanghai}")
	@SchedulerLock(name = RUN_NAME, lockAtMostFor = "PT10M", lockAtLeastFor = "PT1M")
	public void escalate() {
		complaints.escalateOverdue();
	}

}
