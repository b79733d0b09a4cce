package com.huike.crm.visitplan.web;

import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.web.NavigationCounts;
import com.huike.crm.visitplan.VisitPlanService;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.ModelAndView;

/**
 * Puts the count of plans and results waiting for the signed-in market manager's (or
 * administrator's) decision ({@code visitPlanWaitingCount}) into every full page they
 * see, for the navigation bar, and for a manager whether their own plan of the month
 * waits for them ({@code visitPlanOwnCount}: to submit, or results rejected): one query,
 * only when a page is rendered.
 */
@Configuration(proxyBeanMethods = false)
class VisitPlanCountInterceptor extends NavigationCounts {

	static final String ATTRIBUTE = "visitPlanWaitingCount";

	static final String OWN_ATTRIBUTE = "visitPlanOwnCount";

	private final VisitPlanService plans;

	VisitPlanCountInterceptor(VisitPlanService plans) {
		this.plans = plans;
	}

	@Override
	protected void addCounts(HttpServletRequest request, ModelAndView mav) {
		if (request.getAttribute(Viewer.class.getName()) instanceof Viewer viewer) {
			if (request.isUserInRole("SUPERVISOR") || request.isUserInRole("ADMIN")) {
				mav.addObject(ATTRIBUTE, plans.waitingCount(viewer));
			}
			if (request.isUserInRole("MANAGER")) {
				mav.addObject(OWN_ATTRIBUTE, plans.ownAttentionCount(viewer));
			}
		}
	}

}
