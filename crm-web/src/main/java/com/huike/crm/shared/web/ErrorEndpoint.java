package com.huike.crm.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * What the server answers when a request fails outside any controller (an unknown URL, a
 * 401 or 403 of the security filters, a broken multipart body, a failure in a filter) —
 * it replaces Spring Boot's {@code BasicErrorController}, whose JSON has another shape
 * ({@code timestamp, status, error, path}) and whose HTML is not ours. {@code /api/**}
 * and clients that ask for JSON get the problem detail of {@link Problems}; browsers the
 * error page. Calling {@code /error} directly is a 404, not an error of status 999.
 */
@Controller
class ErrorEndpoint implements ErrorController {

	private final Problems problems;

	private final ErrorAttributes errorAttributes;

	ErrorEndpoint(Problems problems, ErrorAttributes errorAttributes) {
		this.problems = problems;
		this.errorAttributes = errorAttributes;
	}

	@RequestMapping("${server.error.path:/error}")
	Object error(HttpServletRequest request, HttpServletResponse response) {
		Throwable cause = errorAttributes.getError(new ServletWebRequest(request));
		ProblemDetail problem = (cause != null) ? problems.forException(cause, request)
				: problems.forStatus(status(request), request);
		if (isApi(request) || !wantsPage(request)) {
			return problems.respond(problem);
		}
		return ErrorView.of(problem.getStatus(), cause, response, problems);
	}

	/** A browser asks for HTML; an API client for JSON (or anything, like curl). */
	private static boolean wantsPage(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		return accept == null || accept.contains("text/html") || !accept.contains("json");
	}

	private static boolean isApi(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return (uri instanceof String path) && path.startsWith(request.getContextPath() + "/api/");
	}

	private static int status(HttpServletRequest request) {
		Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (status instanceof Integer code && HttpStatus.resolve(code) != null) {
			return code;
		}
		// /error called directly: there is nothing here
		return HttpStatus.NOT_FOUND.value();
	}

}
