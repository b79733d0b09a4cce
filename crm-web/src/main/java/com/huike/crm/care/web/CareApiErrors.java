package com.huike.crm.care.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.huike.crm.care.CareTaskAccessDeniedException;
import com.huike.crm.care.CareTaskNotFoundException;
import com.huike.crm.care.domain.CareTaskAlreadyClosedException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

/**
 * Errors of the care API as RFC 9457 problem details, in the user's language; never a
 * stack trace.
 */
@RestControllerAdvice(assignableTypes = CareApi.class)
class CareApiErrors {

	private final MessageSource messages;

	CareApiErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(CareTaskNotFoundException.class)
	ProblemDetail notFound(Locale locale) {
		return problem(HttpStatus.NOT_FOUND, "error.404.text", locale);
	}

	@ExceptionHandler(CareTaskAccessDeniedException.class)
	ProblemDetail forbidden(Locale locale) {
		return problem(HttpStatus.FORBIDDEN, "care.task.onlyOwner", locale);
	}

	@ExceptionHandler(CareTaskAlreadyClosedException.class)
	ProblemDetail closed(Locale locale) {
		return problem(HttpStatus.CONFLICT, "care.task.alreadyClosed", locale);
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalid(MethodArgumentNotValidException ex, Locale locale) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "form.errors", locale);
		// the shape of every API's validation errors (docs/api.md): [{field, message}], a
		// field once
		Map<String, String> byField = new LinkedHashMap<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			byField.putIfAbsent(error.getField(), messages.getMessage(error, locale));
		}
		problem.setProperty("errors",
				byField.entrySet().stream().map(e -> Map.of("field", e.getKey(), "message", e.getValue())).toList());
		return problem;
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ProblemDetail invalidParameter(Locale locale) {
		return problem(HttpStatus.BAD_REQUEST, "form.errors", locale);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(Locale locale) {
		return problem(HttpStatus.BAD_REQUEST, "care.api.unreadable", locale);
	}

	private ProblemDetail problem(HttpStatus status, String key, Locale locale) {
		return ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, null, locale));
	}

}
