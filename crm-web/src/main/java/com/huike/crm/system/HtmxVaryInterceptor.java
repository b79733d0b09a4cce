package com.huike.crm.system;

import java.util.Arrays;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequestHeader;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * {@code Vary: HX-Request} on the full pages of the handlers that answer htmx with a
 * fragment of the same template (those that take an {@link HtmxRequest}).
 * htmx-spring-boot sets the header on the htmx answers only; a cache that kept the full
 * page without it would hand that page to htmx as well. Every answer of such a URL says
 * what it varies on (RFC 9110, 12.5.5).
 */
class HtmxVaryInterceptor implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method && !HtmxRequest.fromRequest(request).isHtmxRequest()
				&& Arrays.stream(method.getMethodParameters())
					.anyMatch((parameter) -> HtmxRequest.class.equals(parameter.getParameterType()))) {
			response.addHeader(HttpHeaders.VARY, HtmxRequestHeader.HX_REQUEST.getValue());
		}
		return true;
	}

}
