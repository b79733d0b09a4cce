package com.huike.crm.demand.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.huike.crm.care.CareTaskAccessDeniedException;
import com.huike.crm.customer.CustomerNotFoundException;
import com.huike.crm.demand.DemandAccessDeniedException;
import com.huike.crm.demand.DemandNotFoundException;
import com.huike.crm.demand.InvalidDemandException;
import com.huike.crm.demand.domain.DemandNotOpenException;
import com.huike.crm.demand.domain.DemandStatus;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the demand API as RFC 9457 problem details, in the user's language.
 */
@RestControllerAdvice(assignableTypes = DemandApi.class)
class DemandApiErrors {

	private final MessageSource messages;

	DemandApiErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler({ DemandNotFoundException.class, CustomerNotFoundException.class })
	ProblemDetail notFound(Locale locale) {
		return problem(HttpStatus.NOT_FOUND, "error.404.text", locale);
	}

	@ExceptionHandler({ DemandAccessDeniedException.class, CareTaskAccessDeniedException.class })
	ProblemDetail forbidden(Locale locale) {
		return problem(HttpStatus.FORBIDDEN, "error.403.text", locale);
	}

	@ExceptionHandler(DemandNotOpenException.class)
	ProblemDetail notOpen(DemandNotOpenException ex, Locale locale) {
		return problem(HttpStatus.CONFLICT,
				(ex.getStatus() == DemandStatus.WAITING) ? "demand.notOpen.waiting" : "demand.notOpen.closed", locale);
	}

	@ExceptionHandler(InvalidDemandException.class)
	ProblemDetail invalid(InvalidDemandException ex, Locale locale) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "form.errors", locale);
		problem.setProperty("errors", List
			.of(Map.of("field", ex.getField(), "message", messages.getMessage(ex.getMessageKey(), null, locale))));
		return problem;
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

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(Locale locale) {
		return problem(HttpStatus.BAD_REQUEST, "care.api.unreadable", locale);
	}

	private ProblemDetail problem(HttpStatus status, String key, Locale locale) {
		return ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, null, locale));
	}

}
