package com.huike.crm.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * While the database cannot be reached (a restart, the pool without connections), the
 * first thing a request needs from it — its session, the sign-in check — fails before any
 * controller: this filter, in front of every other, answers such a request 503 with
 * {@code Retry-After} (problem details for the API, a short page for people) instead of a
 * 500, and without touching the database again to do so. Failures inside a controller get
 * the same answer from {@link ApiProblems} and {@link ErrorPages}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private final Problems problems;

	private final MessageSource messages;

	private final JsonMapper json;

	DatabaseUnavailableFilter(Problems problems, MessageSource messages, JsonMapper json) {
		this.problems = problems;
		this.messages = messages;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (!Problems.databaseUnavailable(ex) || response.isCommitted()) {
				throw ex;
			}
			unavailable(request, response);
		}
	}

	private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.reset();
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(Problems.RETRY_AFTER_SECONDS));
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail problem = problems.forStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE, request);
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter().write(json.writeValueAsString(problem));
			return;
		}
		Locale locale = english(request) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.getWriter()
			.write("<!DOCTYPE html><html lang=\"" + (english(request) ? "en" : "zh-CN")
					+ "\"><head><meta charset=\"utf-8\"><title>" + text("error.503.title", locale)
					+ "</title><link rel=\"stylesheet\" href=\"" + request.getContextPath()
					+ "/webjars/bootstrap/dist/css/bootstrap.min.css\"></head><body><main class=\"container text-center mt-5\">"
					+ "<p class=\"text-muted mb-1\">503</p><h1 class=\"display-6\">" + text("error.503.title", locale)
					+ "</h1><p class=\"lead\">" + text("error.503.text", locale) + "</p><p class=\"text-muted\">"
					+ text("error.503.retry", locale) + "</p></main></body></html>");
	}

	/**
	 * The language the user chose (its cookie), or their browser's; Chinese otherwise.
	 */
	private static boolean english(HttpServletRequest request) {
		if (request.getCookies() != null) {
			for (jakarta.servlet.http.Cookie cookie : request.getCookies()) {
				if ("huike-lang".equals(cookie.getName())) {
					return cookie.getValue().startsWith("en");
				}
			}
		}
		String accept = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
		return accept != null && accept.toLowerCase(Locale.ROOT).startsWith("en");
	}

	private String text(String key, Locale locale) {
		return HtmlUtils.htmlEscape(messages.getMessage(key, null, key, locale));
	}

}
