package com.huike.crm.followup.web;

import java.util.List;
import java.util.Map;

import com.huike.crm.customer.CustomerAccessDeniedException;
import com.huike.crm.customer.CustomerNotFoundException;
import com.huike.crm.followup.RejectedInputException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the tracking API as RFC 9457 problem details, with the field at fault and a
 * message in the caller's language. Never a stack trace.
 */
@RestControllerAdvice(assignableTypes = FollowUpApiController.class)
class FollowUpApiErrors {

	private final MessageSource messages;

	FollowUpApiErrors(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(CustomerNotFoundException.class)
	ProblemDetail notFound() {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				messages.getMessage("error.404.text", null, LocaleContextHolder.getLocale()));
	}

	@ExceptionHandler(CustomerAccessDeniedException.class)
	ProblemDetail forbidden() {
		return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
				messages.getMessage("error.403.text", null, LocaleContextHolder.getLocale()));
	}

	@ExceptionHandler(RejectedInputException.class)
	ProblemDetail rejected(RejectedInputException ex) {
		String message = messages.getMessage(ex.messageKey(), null, LocaleContextHolder.getLocale());
		return invalid(List.of(Map.of("field", ex.field(), "message", message)));
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalid(MethodArgumentNotValidException ex) {
		return invalid(ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(e -> Map.of("field", e.getField(), "message", messages.getMessage(e, LocaleContextHolder.getLocale())))
			.toList());
	}

	private ProblemDetail invalid(List<Map<String, String>> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage("form.errors", null, LocaleContextHolder.getLocale()));
		problem.setProperty("errors", errors);
		return problem;
	}

}
