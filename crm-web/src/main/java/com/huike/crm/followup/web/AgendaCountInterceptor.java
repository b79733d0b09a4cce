package com.huike.crm.followup.web;

import com.huike.crm.followup.Agenda;
import com.huike.crm.followup.AgendaService;
import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.web.NavigationCounts;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.ModelAndView;

/**
 * Puts the manager's count of customers due today or overdue ({@code agendaDueCount})
 * into every full page a manager sees, for the navigation bar. One index-only count, and
 * only when a page (not a redirect, an htmx fragment or JSON) is rendered for a manager.
 */
@Configuration(proxyBeanMethods = false)
class AgendaCountInterceptor extends NavigationCounts {

	static final String ATTRIBUTE = "agendaDueCount";

	private final AgendaService agendas;

	AgendaCountInterceptor(AgendaService agendas) {
		this.agendas = agendas;
	}

	@Override
	protected void addCounts(HttpServletRequest request, ModelAndView mav) {
		if (!request.isUserInRole("MANAGER")) {
			return;
		}
		if (mav.getModel().get("agenda") instanceof Agenda agenda && Boolean.TRUE.equals(mav.getModel().get("own"))) {
			// the agenda page has just counted the same
			mav.addObject(ATTRIBUTE, agenda.dueCount());
			return;
		}
		// the viewer the controller resolved for this request, when it did: no second
		// lookup
		Object viewer = request.getAttribute(Viewer.class.getName());
		mav.addObject(ATTRIBUTE, (viewer instanceof Viewer v) ? agendas.dueCount(v.userId())
				: agendas.dueCount(request.getRemoteUser()));
	}

}
