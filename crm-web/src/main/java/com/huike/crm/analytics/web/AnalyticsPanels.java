package com.huike.crm.analytics.web;

import java.util.List;

import com.huike.crm.analytics.AnalyticsService;
import com.huike.crm.analytics.KeyAccountConcentration;
import com.huike.crm.identity.Viewer;
import com.huike.crm.identity.domain.Role;
import com.huike.crm.system.SignedInUser;

import org.springframework.stereotype.Component;

/**
 * The dashboards' alerts on the market manager's home page (团队追踪): the page includes
 * {@code analytics/panels :: alerts}, which asks this bean, so the follow-up feature does
 * not depend on this one.
 */
@Component("analyticsPanels")
public class AnalyticsPanels {

	private final AnalyticsService analytics;

	private final SignedInUser signedIn;

	AnalyticsPanels(AnalyticsService analytics, SignedInUser signedIn) {
		this.analytics = analytics;
		this.signedIn = signedIn;
	}

	/** The key-account concentrations of the last three months that pass a threshold. */
	public List<KeyAccountConcentration> alerts() {
		Viewer viewer = signedIn.viewer().orElse(null);
		if (viewer == null || !(viewer.has(Role.SUPERVISOR) || viewer.isAdmin())) {
			return List.of();
		}
		return analytics.dashboard(viewer, 3).alerts();
	}

}
