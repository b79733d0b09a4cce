package com.huike.crm.visitplan;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start-up, catches up on a 1st the application was down: runs the (locked) monthly
 * job once, which drafts the missing plans of the current month (through the proxy, so
 * the lock holds).
 */
@Component
@ConditionalOnProperty(name = "huike.scheduling.enabled", havingValue = "true")
class VisitPlanCatchUp {

	private final VisitPlanSchedule schedule;

	VisitPlanCatchUp(VisitPlanSchedule schedule) {
		this.schedule = schedule;
	}

	@EventListener(ApplicationReadyEvent.class)
	void catchUp() {
		schedule.monthly();
	}

}
