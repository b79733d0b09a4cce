package com.huike.crm.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error pages of the user interface, for every controller: a refusal of a feature (a
 * missing or foreign record 404, a forbidden action 403, a conflict 409, a broken rule
 * the form did not catch 400), a bad URL (a non-numeric id is a 404), the database out of
 * reach (503: try again in a moment), anything else (500). The page says what happened in
 * the user's language and never shows a stack trace. The status decisions are those of
 * the API ({@link Problems#forException}), so pages and API always agree.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorPages {

	private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

	private final Problems problems;

	ErrorPages(Problems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(Exception.class)
	ModelAndView handle(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		ProblemDetail problem = problems.forException(ex, request);
		if (problem.getStatus() >= 500) {
			log.error("Page {} {} failed", request.getMethod(), request.getRequestURI(), ex);
		}
		return ErrorView.of(problem.getStatus(), ex, response, problems);
	}

}
