package com.huike.crm.shared.web;

import java.net.URI;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.huike.crm.shared.ConflictException;
import com.huike.crm.shared.NotAllowedException;
import com.huike.crm.shared.NotFoundException;
import com.huike.crm.shared.RefusedException;
import com.huike.crm.shared.RuleViolationException;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.hibernate.StaleStateException;
import org.hibernate.TransactionException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.MethodParameter;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.core.PropertyReferenceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * The one way the JSON API says what went wrong: an RFC 9457 problem detail
 * ({@code application/problem+json}) with {@code type}
 * ({@code urn:huike:problem:<kind>}), {@code title}, {@code status}, {@code detail},
 * {@code instance}, and on a 400 {@code errors: [{field, message}]}, every text in the
 * caller's language. Used by the API advice, the error controller (errors outside any
 * controller: unknown URLs, filters) and the security handlers (401, 403), so that every
 * {@code /api/**} answer has this shape.
 */
@Component
public class Problems {

	/** The prefix of every problem type. */
	public static final String TYPE = "urn:huike:problem:";

	/** How many seconds a client should wait before it retries after a 503. */
	public static final int RETRY_AFTER_SECONDS = 5;

	private final MessageSource messages;

	Problems(MessageSource messages) {
		this.messages = messages;
	}

	/** The problem of a refusal: the status of its kind, the feature's text as detail. */
	public ProblemDetail of(RefusedException ex, HttpServletRequest request) {
		if (ex instanceof RuleViolationException violation) {
			return validation(violation.getViolations()
				.stream()
				.map(v -> new FieldMessage(v.field(), text(v.messageKey(), v.arguments())))
				.toList(), request);
		}
		if (ex instanceof ConflictException conflict) {
			boolean version = ConflictException.VERSION.equals(conflict.getProblemType());
			ProblemDetail problem = problem(HttpStatus.CONFLICT, conflict.getProblemType(),
					version ? "api.problem.conflict" : "api.problem.state", request);
			problem.setDetail(text(ex.getMessageKey(), ex.getArguments()));
			conflict.getProperties().forEach(problem::setProperty);
			return problem;
		}
		HttpStatus status = (ex instanceof NotFoundException) ? HttpStatus.NOT_FOUND
				: (ex instanceof NotAllowedException) ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST;
		ProblemDetail problem = forStatus(status.value(), request);
		problem.setDetail(text(ex.getMessageKey(), ex.getArguments()));
		return problem;
	}

	/**
	 * The problem for anything a request may end in: a refusal of a feature, Spring's own
	 * request errors (bad JSON, an unknown property, a wrong type, a missing parameter, a
	 * wrong method or media type), a lost optimistic-locking race, the database out of
	 * reach (503), or a fault (500, without any of its details).
	 */
	public ProblemDetail forException(Throwable ex, HttpServletRequest request) {
		if (ex instanceof RefusedException refused) {
			return of(refused, request);
		}
		if (ex instanceof MethodArgumentNotValidException invalid) {
			return validation(fieldMessages(invalid.getBindingResult()), request);
		}
		if (ex instanceof BindException bind) {
			return validation(fieldMessages(bind.getBindingResult()), request);
		}
		if (ex instanceof ConstraintViolationException invalid) {
			// method validation of a bean annotated @Validated: the parameter is the last
			// node
			List<FieldMessage> errors = new ArrayList<>();
			invalid.getConstraintViolations().forEach(violation -> {
				String field = null;
				for (jakarta.validation.Path.Node node : violation.getPropertyPath()) {
					field = node.getName();
				}
				errors.add(new FieldMessage(field, violation.getMessage()));
			});
			return validation(distinct(errors), request);
		}
		if (ex instanceof HandlerMethodValidationException invalid) {
			List<FieldMessage> errors = new ArrayList<>();
			invalid.getParameterValidationResults().forEach(result -> {
				String name = parameterName(result.getMethodParameter());
				result.getResolvableErrors()
					.forEach(error -> errors.add(new FieldMessage(name, messages.getMessage(error, locale()))));
			});
			return validation(distinct(errors), request);
		}
		if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
			if (mismatch.getParameter().hasParameterAnnotation(PathVariable.class)) {
				// /customers/abc names no customer: the same answer as an unknown id
				return forStatus(HttpStatus.NOT_FOUND.value(), request);
			}
			return validation(
					List.of(new FieldMessage(mismatch.getName(), text("api.parameter.invalid", mismatch.getName()))),
					request);
		}
		if (ex instanceof MissingServletRequestParameterException missing) {
			return validation(List.of(new FieldMessage(missing.getParameterName(), text("api.parameter.missing"))),
					request);
		}
		if (ex instanceof HttpMessageNotReadableException unreadable) {
			return unreadable(unreadable, request);
		}
		if (ex instanceof MaxUploadSizeExceededException) {
			// a file beyond spring.servlet.multipart.max-file-size (imports take up to 20
			// MB)
			return problem(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", "api.problem.fileTooLarge", request);
		}
		if (ex instanceof MultipartException) {
			return problem(HttpStatus.BAD_REQUEST, "unreadable", "api.problem.unreadable", request);
		}
		if (ex instanceof PropertyReferenceException) {
			// a sort (or filter) by a property the list does not have
			return validation(List.of(new FieldMessage("sort", text("api.parameter.invalid", "sort"))), request);
		}
		if (lostRace(ex)) {
			return problem(HttpStatus.CONFLICT, ConflictException.VERSION, "api.problem.conflictUnknown", request);
		}
		if (ex instanceof AccessDeniedException) {
			return forStatus(HttpStatus.FORBIDDEN.value(), request);
		}
		if (ex instanceof ErrorResponse response) {
			return forStatus(response.getStatusCode().value(), request);
		}
		if (databaseUnavailable(ex)) {
			return forStatus(HttpStatus.SERVICE_UNAVAILABLE.value(), request);
		}
		return forStatus(HttpStatus.INTERNAL_SERVER_ERROR.value(), request);
	}

	/**
	 * True when another request saved the same record first: the optimistic lock failed,
	 * whether Spring translated it or it surfaced from the flush at commit (JPA's own
	 * exception, Hibernate's stale state).
	 */
	public static boolean lostRace(Throwable ex) {
		for (Throwable t = ex; t != null; t = (t.getCause() == t) ? null : t.getCause()) {
			if (t instanceof OptimisticLockingFailureException || t instanceof OptimisticLockException
					|| t instanceof StaleStateException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * True when the database cannot be reached (restarting, the pool without connections,
	 * the network): the request may succeed in a moment, so it is a 503, not a fault.
	 */
	public static boolean databaseUnavailable(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
					|| t instanceof SQLTransientConnectionException
					|| t instanceof SQLNonTransientConnectionException) {
				return true;
			}
			if (t instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				// connection exceptions (class 08) and server shutdown / not yet
				// accepting (57P0x)
				return true;
			}
			if (t instanceof TransactionException && t.getCause() instanceof SQLException) {
				// the rollback after a failed statement could not reach the database: the
				// pool had already closed the broken connection, and this exception
				// replaces the statement's own (a restart under a running request)
				return true;
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return false;
	}

	private ProblemDetail unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		Throwable cause = ex.getCause();
		if (cause instanceof UnrecognizedPropertyException unknown) {
			// a misspelled key must not be dropped silently: name it
			return validation(List.of(new FieldMessage(path(unknown), text("api.field.unknown"))), request);
		}
		if (cause instanceof TextInput.ControlCharacters control) {
			return validation(List.of(new FieldMessage(path(control), text("api.field.controlCharacters"))), request);
		}
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "unreadable", "api.problem.unreadable", request);
		if (cause instanceof JacksonException jackson) {
			String field = path(jackson);
			if (field != null) {
				problem.setProperty("errors", List.of(new FieldMessage(field, text("api.field.unreadable"))));
			}
		}
		return problem;
	}

	/**
	 * The JSON path of the value that could not be read
	 * ({@code profile.children[0].name}).
	 */
	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? null : path.toString();
	}

	private List<FieldMessage> fieldMessages(BindingResult binding) {
		List<FieldMessage> errors = new ArrayList<>();
		for (FieldError error : binding.getFieldErrors()) {
			errors.add(new FieldMessage(error.getField(), messages.getMessage(error, locale())));
		}
		binding.getGlobalErrors()
			.forEach(error -> errors.add(new FieldMessage(null, messages.getMessage(error, locale()))));
		return distinct(errors);
	}

	private static List<FieldMessage> distinct(List<FieldMessage> errors) {
		return new ArrayList<>(new LinkedHashSet<>(errors));
	}

	private static String parameterName(MethodParameter parameter) {
		RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
		if (param != null && !param.name().isEmpty()) {
			return param.name();
		}
		return parameter.getParameterName();
	}

	/** A 400 with the messages per field. */
	public ProblemDetail validation(List<FieldMessage> errors, HttpServletRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", "api.problem.validation", request);
		problem.setProperty("errors", errors);
		return problem;
	}

	/** The problem of a bare status (a 404 of an unknown URL, a 405, a 401…). */
	public ProblemDetail forStatus(int status, HttpServletRequest request) {
		Kind kind = Kind.of(status);
		HttpStatus resolved = HttpStatus.resolve(status);
		return problem((resolved != null) ? resolved : HttpStatus.INTERNAL_SERVER_ERROR, kind.type, kind.key, request);
	}

	/**
	 * A problem with its type and title/detail keys ({@code key} and {@code key.detail}).
	 */
	public ProblemDetail problem(HttpStatus status, String type, String key, HttpServletRequest request,
			Object... arguments) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(key + ".detail", arguments));
		problem.setType(URI.create(TYPE + type));
		problem.setTitle(text(key));
		problem.setInstance(instance(request));
		return problem;
	}

	/**
	 * The answer for a problem: its status, the problem media type, Retry-After on 503.
	 */
	public ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
		ResponseEntity.BodyBuilder response = ResponseEntity.status(problem.getStatus())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON);
		if (problem.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
			response.header(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS));
		}
		return response.body(problem);
	}

	/** A text of the bundles in the caller's language; the key itself when missing. */
	public String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	private static URI instance(HttpServletRequest request) {
		Object original = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
		String path = (original instanceof String uri) ? uri : request.getRequestURI();
		try {
			return URI.create(path);
		}
		catch (IllegalArgumentException ex) {
			// a path with characters a URI may not hold: name no instance rather than
			// fail
			return null;
		}
	}

	/**
	 * One message of a 400 problem: the field or parameter (a dotted JSON path; null for
	 * the whole request) and what is wrong with it.
	 */
	public record FieldMessage(String field, String message) {

	}

	/** The problem kinds of bare statuses. */
	private enum Kind {

		BAD_REQUEST(400, "bad-request", "api.problem.badRequest"),
		UNAUTHORIZED(401, "unauthorized", "api.problem.unauthorized"),
		FORBIDDEN(403, "forbidden", "api.problem.forbidden"), NOT_FOUND(404, "not-found", "api.problem.notFound"),
		METHOD(405, "method-not-allowed", "api.problem.method"),
		NOT_ACCEPTABLE(406, "not-acceptable", "api.problem.notAcceptable"),
		CONFLICT(409, "conflict", "api.problem.state"), TOO_LARGE(413, "too-large", "api.problem.tooLarge"),
		MEDIA_TYPE(415, "unsupported-media-type", "api.problem.mediaType"),
		UNAVAILABLE(503, "unavailable", "api.problem.unavailable"), INTERNAL(500, "internal", "api.problem.internal");

		private static final Map<Integer, Kind> BY_STATUS = Map
			.ofEntries(java.util.Arrays.stream(values()).map(k -> Map.entry(k.status, k)).toArray(Map.Entry[]::new));

		private final int status;

		private final String type;

		private final String key;

		Kind(int status, String type, String key) {
			this.status = status;
			this.type = type;
			this.key = key;
		}

		static Kind of(int status) {
			Kind kind = BY_STATUS.get(status);
			if (kind != null) {
				return kind;
			}
			return (status >= 400 && status < 500) ? BAD_REQUEST : INTERNAL;
		}

	}

}
