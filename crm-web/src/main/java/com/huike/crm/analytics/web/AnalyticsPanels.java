package com.huike.crm.analytics.web;

import java.util.List;

import com.huike.crm.analytics.AnalyticsService;
import com.huike.crm.analytics.KeyAccountConcentration;
import com.huike.crm.analytics.SpotCheckService;
import com.huike.crm.identity.Viewer;
import com.huike.crm.identity.domain.Role;
import com.huike.crm.system.SignedInUser;

import org.springframework.stereotype.Component;

/**
 * The analytics feature's panels on other features' pages: the dashboards' alerts on the
 * market manager's home page (团队追踪) and the spot checks on the archive. The pages include
 * {@code analytics/panels :: …}, which asks this bean, so neither the follow-up nor the
 * customer feature depends on this one.
 */
@Component("analyticsPanels")
public class AnalyticsPanels {

	private final AnalyticsService analytics;

	private final SpotCheckService spotChecks;

	private final SignedInUser signedIn;

	AnalyticsPanels(AnalyticsService analytics, SpotCheckService spotChecks, SignedInUser signedIn) {
		this.analytics = analytics;
		this.spotChecks = spotChecks;
		this.signedIn = signedIn;
	}

	/**
	 * The spot checks of the customer's archive the signed-in user may see, newest first.
	 */
	public List<SpotCheckService.SpotCheckView> spotChecks(Long customerId) {
		Viewer viewer = signedIn.viewer().orElse(null);
		return (viewer != null && customerId != null) ? spotChecks.ofCustomer(customerId, viewer) : List.of();
	}

	/** Whether the signed-in user is the manager whose archive a check is of. */
	public boolean mayFix(SpotCheckService.SpotCheckView check) {
		return signedIn.viewer().map(v -> v.userId().equals(check.managerId())).orElse(false);
	}

	/** The key-account concentrations of the last three months that pass a threshold. */
	public List<KeyAccountConcentration> alerts() {
		Viewer viewer = signedIn.viewer().orElse(null);
		if (viewer == null || !(viewer.has(Role.SUPERVISOR) || viewer.isAdmin())) {
			return List.of();
		}
		return analytics.alerts(viewer, 3);
	}

}
