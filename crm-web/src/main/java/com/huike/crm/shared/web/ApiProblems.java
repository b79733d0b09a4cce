package com.huike.crm.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every error of every {@code @RestController} (the JSON API under {@code /api/v1},
 * present and future) as a problem detail of {@link Problems}. A feature adds nothing
 * here: it throws a {@link com.huike.crm.shared.RefusedException} of the right kind with
 * its message key. Runs before the page advice ({@link ErrorPages}), which would answer
 * with HTML.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	private final Problems problems;

	ApiProblems(Problems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> handle(Exception ex, HttpServletRequest request) {
		ProblemDetail problem = problems.forException(ex, request);
		if (problem.getStatus() >= 500) {
			log.error("API request {} {} failed", request.getMethod(), request.getRequestURI(), ex);
		}
		else {
			log.debug("API request {} {} refused: {}", request.getMethod(), request.getRequestURI(), ex.toString());
		}
		ResponseEntity<ProblemDetail> response = problems.respond(problem);
		if (ex instanceof ErrorResponse error && !error.getHeaders().isEmpty()) {
			// e.g. Allow on a 405, Accept on a 415
			HttpHeaders headers = new HttpHeaders();
			headers.putAll(response.getHeaders());
			error.getHeaders().forEach(headers::addAll);
			return ResponseEntity.status(response.getStatusCode()).headers(headers).body(problem);
		}
		return response;
	}

}
