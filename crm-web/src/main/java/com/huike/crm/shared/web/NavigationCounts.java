package com.huike.crm.shared.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The counts a feature shows in the navigation bar: a feature's {@code @Configuration}
 * extends this and adds its counts to the model of every full page rendered for a
 * signed-in user — not for a redirect, an htmx fragment, JSON or a static file, where
 * nobody would see them, so that they cost nothing there.
 */
public abstract class NavigationCounts implements HandlerInterceptor, WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).excludePathPatterns("/api/**", "/css/**", "/js/**", "/webjars/**");
	}

	@Override
	public final void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView mav) {
		if (mav == null || mav.getViewName() == null || mav.getViewName().startsWith("redirect:")
				|| mav.getViewName().contains("::") || HtmxRequest.fromRequest(request).isHtmxRequest()
				|| request.getRemoteUser() == null) {
			return;
		}
		addCounts(request, mav);
	}

	/** Adds this feature's counts to a full page's model. */
	protected abstract void addCounts(HttpServletRequest request, ModelAndView mav);

}
