package com.huike.crm.revisit.web;

import com.huike.crm.revisit.RevisitService;
import com.huike.crm.shared.web.NavigationCounts;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.ModelAndView;

/**
 * Puts the count of open revisits due today or earlier ({@code revisitDueCount}) into
 * every full page an agent sees, for the navigation bar: one query (the queue's partial
 * index), only when a page is rendered.
 */
@Configuration(proxyBeanMethods = false)
class RevisitCountInterceptor extends NavigationCounts {

	static final String ATTRIBUTE = "revisitDueCount";

	private final RevisitService revisits;

	RevisitCountInterceptor(RevisitService revisits) {
		this.revisits = revisits;
	}

	@Override
	protected void addCounts(HttpServletRequest request, ModelAndView mav) {
		if (request.isUserInRole("AGENT")) {
			mav.addObject(ATTRIBUTE, revisits.dueNowCount());
		}
	}

}
