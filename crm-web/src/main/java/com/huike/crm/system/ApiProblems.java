package com.huike.crm.system;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.huike.crm.customer.ArchiveEntryNotFoundException;
import com.huike.crm.customer.CustomerAccessDeniedException;
import com.huike.crm.customer.CustomerNotFoundException;
import com.huike.crm.customer.CustomerVersionConflictException;
import com.huike.crm.customer.InvalidArchiveInputException;
import com.huike.crm.customer.InvalidProfileException;
import com.huike.crm.customer.StaleProfileException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every error of the JSON API as an RFC 9457 problem detail
 * ({@code application/problem+json}) in the caller's language: 400 with the messages per
 * field ({@code errors}), 403, 404, 409 naming the version now saved
 * ({@code currentVersion}), and a 500 that never shows a stack trace. Runs before the
 * page advice, which would answer with HTML.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	private static final String TYPE = "urn:huike:problem:";

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException ex, HttpServletRequest request) {
		List<FieldMessage> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.add(new FieldMessage(error.getField(), message(error)));
		}
		ex.getBindingResult().getGlobalErrors().forEach(error -> errors.add(new FieldMessage(null, message(error))));
		return validation(errors, request);
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException ex, HttpServletRequest request) {
		List<FieldMessage> errors = new ArrayList<>();
		ex.getParameterValidationResults().forEach(result -> {
			String name = result.getMethodParameter().getParameterName();
			result.getResolvableErrors().forEach(error -> errors.add(new FieldMessage(name, message(error))));
		});
		return validation(errors, request);
	}

	@ExceptionHandler(InvalidArchiveInputException.class)
	ResponseEntity<ProblemDetail> brokenRule(InvalidArchiveInputException ex, HttpServletRequest request) {
		return validation(List.of(new FieldMessage(ex.getField(), text(ex.getMessageKey(), ex.getArguments()))),
				request);
	}

	@ExceptionHandler(InvalidProfileException.class)
	ResponseEntity<ProblemDetail> invalidProfile(InvalidProfileException ex, HttpServletRequest request) {
		List<FieldMessage> errors = ex.errors()
			.stream()
			.map(error -> new FieldMessage("profile." + error.field(), text(error.code(), error.args().toArray())))
			.toList();
		return validation(errors, request);
	}

	@ExceptionHandler(InvalidRequestParameterException.class)
	ResponseEntity<ProblemDetail> badParameter(InvalidRequestParameterException ex, HttpServletRequest request) {
		return validation(List.of(new FieldMessage(ex.getParameter(), text(ex.getMessageKey(), ex.getArguments()))),
				request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		return validation(List.of(new FieldMessage(ex.getName(), text("api.parameter.invalid", ex.getName()))),
				request);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException ex,
			HttpServletRequest request) {
		return validation(List.of(new FieldMessage(ex.getParameterName(), text("api.parameter.missing"))), request);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		String field = null;
		Throwable cause = ex.getCause();
		if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
			StringBuilder path = new StringBuilder();
			for (JacksonException.Reference reference : jackson.getPath()) {
				if (reference.getPropertyName() != null) {
					path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
				}
				else if (reference.getIndex() >= 0) {
					path.append('[').append(reference.getIndex()).append(']');
				}
			}
			field = path.isEmpty() ? null : path.toString();
		}
		List<FieldMessage> errors = (field != null) ? List.of(new FieldMessage(field, text("api.field.unreadable")))
				: List.of();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "unreadable", "api.problem.unreadable", request);
		if (!errors.isEmpty()) {
			problem.setProperty("errors", errors);
		}
		return respond(problem);
	}

	@ExceptionHandler({ CustomerNotFoundException.class, ArchiveEntryNotFoundException.class })
	ResponseEntity<ProblemDetail> notFound(RuntimeException ex, HttpServletRequest request) {
		return respond(problem(HttpStatus.NOT_FOUND, "not-found", "api.problem.notFound", request));
	}

	@ExceptionHandler({ CustomerAccessDeniedException.class, AccessDeniedException.class })
	ResponseEntity<ProblemDetail> forbidden(RuntimeException ex, HttpServletRequest request) {
		return respond(problem(HttpStatus.FORBIDDEN, "forbidden", "api.problem.forbidden", request));
	}

	@ExceptionHandler(CustomerVersionConflictException.class)
	ResponseEntity<ProblemDetail> conflict(CustomerVersionConflictException ex, HttpServletRequest request) {
		ProblemDetail problem = (ex.getCurrentVersion() != null)
				? problem(HttpStatus.CONFLICT, "version-conflict", "api.problem.conflict", request,
						ex.getCurrentVersion())
				: problem(HttpStatus.CONFLICT, "version-conflict", "api.problem.conflictUnknown", request);
		problem.setProperty("currentVersion", ex.getCurrentVersion());
		return respond(problem);
	}

	@ExceptionHandler(StaleProfileException.class)
	ResponseEntity<ProblemDetail> staleProfile(StaleProfileException ex, HttpServletRequest request) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "version-conflict", "api.problem.conflict", request,
				ex.currentVersion());
		problem.setProperty("currentVersion", ex.currentVersion());
		return respond(problem);
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> lostRace(ObjectOptimisticLockingFailureException ex, HttpServletRequest request) {
		return respond(problem(HttpStatus.CONFLICT, "version-conflict", "api.problem.conflictUnknown", request));
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException ex, HttpServletRequest request) {
		return respond(problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "api.problem.method", request));
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException ex, HttpServletRequest request) {
		return respond(
				problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "api.problem.mediaType", request));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
		log.error("API request {} {} failed", request.getMethod(), request.getRequestURI(), ex);
		return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "api.problem.internal", request));
	}

	private ResponseEntity<ProblemDetail> validation(List<FieldMessage> errors, HttpServletRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", "api.problem.validation", request);
		problem.setProperty("errors", errors);
		return respond(problem);
	}

	private ProblemDetail problem(HttpStatus status, String type, String key, HttpServletRequest request,
			Object... arguments) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(key + ".detail", arguments));
		problem.setType(URI.create(TYPE + type));
		problem.setTitle(text(key));
		problem.setInstance(URI.create(request.getRequestURI()));
		return problem;
	}

	private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private String message(MessageSourceResolvable error) {
		return messages.getMessage(error, locale());
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	/**
	 * One message of a 400 problem: the field or parameter (null for the whole request)
	 * and what is wrong with it.
	 */
	public record FieldMessage(String field, String message) {

	}

}
