package com.huike.crm.revisit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start-up, catches up on the nights the application was down: runs the (locked)
 * nightly job once, which covers from the last delivery day covered.
 */
@Component
@ConditionalOnProperty(name = "huike.scheduling.enabled", havingValue = "true")
class RevisitCatchUp {

	private final RevisitSchedule schedule;

	RevisitCatchUp(RevisitSchedule schedule) {
		this.schedule = schedule;
	}

	@EventListener(ApplicationReadyEvent.class)
	void catchUp() {
		schedule.nightly();
	}

}
