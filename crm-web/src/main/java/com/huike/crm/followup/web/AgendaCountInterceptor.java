package com.huike.crm.followup.web;

import com.huike.crm.followup.Agenda;
import com.huike.crm.followup.AgendaService;
import com.huike.crm.identity.Viewer;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts the manager's count of customers due today or overdue ({@code agendaDueCount})
 * into every full page a manager sees, for the navigation bar. One index-only count, and
 * only when a page (not a redirect, an htmx fragment or JSON) is rendered for a manager.
 */
@Configuration(proxyBeanMethods = false)
class AgendaCountInterceptor implements HandlerInterceptor, WebMvcConfigurer {

	static final String ATTRIBUTE = "agendaDueCount";

	private final AgendaService agendas;

	AgendaCountInterceptor(AgendaService agendas) {
		this.agendas = agendas;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).excludePathPatterns("/api/**", "/css/**", "/js/**", "/webjars/**");
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView mav) {
		if (mav == null || mav.getViewName() == null || mav.getViewName().startsWith("redirect:")
				|| mav.getViewName().contains("::") || HtmxRequest.fromRequest(request).isHtmxRequest()
				|| request.getRemoteUser() == null || !request.isUserInRole("MANAGER")) {
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
