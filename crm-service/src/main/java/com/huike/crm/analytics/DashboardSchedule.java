package com.huike.crm.analytics;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start-up, has the dashboard of everything computed ahead in the background when it
 * is large ({@link AnalyticsService#computeAhead}). Only with
 * {@code huike.scheduling.enabled=true}, as the other background work.
 */
@Component
@ConditionalOnProperty(name = "huike.scheduling.enabled", havingValue = "true")
class DashboardSchedule {

	private final AnalyticsService analytics;

	DashboardSchedule(AnalyticsService analytics) {
		this.analytics = analytics;
	}

	@EventListener(ApplicationReadyEvent.class)
	void computeAhead() {
		analytics.computeAhead();
	}

}
