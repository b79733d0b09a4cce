package com.huike.crm.shared.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.stereotype.Component;

/**
 * Documents the error answers of every operation of the OpenAPI document with the one
 * problem schema ({@code Problem}, RFC 9457, as {@link Problems} writes it), so that a
 * feature's controller documents only what it does and the error shapes stay true for
 * every present and future endpoint: 400 where the operation takes parameters or a body,
 * 401 and 403 everywhere, 404 where the path names a record, 409 where such a record is
 * changed, 503 everywhere (the database briefly out of reach), and any other error answer
 * an operation declares itself.
 */
@Component
class ProblemResponses implements OpenApiCustomizer {

	static final String PROBLEM = "Problem";

	static final String FIELD_MESSAGE = "FieldMessage";

	private static final String PROBLEM_JSON = "application/problem+json";

	@Override
	public void customise(OpenAPI openApi) {
		openApi.getComponents().addSchemas(FIELD_MESSAGE, fieldMessage()).addSchemas(PROBLEM, problem());
		if (openApi.getPaths() == null) {
			return;
		}
		openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			boolean names = path.contains("{");
			boolean takesInput = operation.getRequestBody() != null || (operation.getParameters() != null
					&& operation.getParameters().stream().anyMatch(p -> !"path".equals(p.getIn())));
			Map<String, String> errors = new LinkedHashMap<>();
			if (takesInput) {
				errors.put("400", "Invalid input: the messages per field or parameter are in `errors`");
			}
			errors.put("401", "Not signed in (HTTP Basic or a session)");
			errors.put("403", "The caller's role may not do this (or a session request without its CSRF token)");
			if (names) {
				errors.put("404", "No such record for the caller (another manager's record is not found either)");
				if (method != PathItem.HttpMethod.GET) {
					errors.put("409",
							"Changed meanwhile or no longer in a state that allows this; `currentVersion` where versioned");
				}
			}
			errors.put("503", "The database is briefly out of reach; retry after `Retry-After` seconds");
			if (operation.getResponses() != null) {
				// an error answer the operation names itself (a 404 or 409 of a path
				// without an id) has the same shape
				operation.getResponses()
					.keySet()
					.stream()
					.filter(status -> status.startsWith("4") || status.startsWith("5"))
					.forEach(status -> errors.putIfAbsent(status, ""));
			}
			document(operation, errors);
		}));
	}

	private static void document(Operation operation, Map<String, String> errors) {
		ApiResponses responses = (operation.getResponses() != null) ? operation.getResponses() : new ApiResponses();
		errors.forEach((status, description) -> {
			ApiResponse existing = responses.get(status);
			String text = (existing != null && existing.getDescription() != null
					&& !existing.getDescription().isBlank()) ? existing.getDescription() : description;
			responses.addApiResponse(status, new ApiResponse().description(text).content(problemContent()));
		});
		operation.setResponses(responses);
	}

	private static Content problemContent() {
		return new Content().addMediaType(PROBLEM_JSON,
				new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
	}

	private static Schema<?> problem() {
		Schema<?> schema = new ObjectSchema().description("RFC 9457 problem detail; texts follow Accept-Language");
		schema.addProperty("type", new StringSchema().format("uri")
			.description("urn:huike:problem:<kind>: validation, unreadable, not-found, forbidden, unauthorized, "
					+ "version-conflict, state, method-not-allowed, unsupported-media-type, unavailable, internal")
			.example("urn:huike:problem:validation"));
		schema.addProperty("title", new StringSchema().description("A short title").example("请求数据有误"));
		schema.addProperty("status", new IntegerSchema().description("The HTTP status").example(400));
		schema.addProperty("detail",
				new StringSchema().description("What happened and what to do").example("请按各字段的说明修改后重试。"));
		schema.addProperty("instance",
				new StringSchema().format("uri-reference")
					.description("The path that was requested")
					.example("/api/v1/customers/1"));
		schema.addProperty("errors",
				new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + FIELD_MESSAGE))
					.description("On a 400: what is wrong with each field or parameter"));
		schema.addProperty("currentVersion",
				new IntegerSchema().format("int64")
					.nullable(true)
					.description("On a 409 of a versioned record: the version now saved"));
		schema.setRequired(List.of("type", "title", "status", "detail"));
		return schema;
	}

	private static Schema<?> fieldMessage() {
		Schema<?> schema = new ObjectSchema().description("What is wrong with one field or parameter");
		schema.addProperty("field", new StringSchema().nullable(true)
			.description("The field (a JSON path such as profile.birthDate) or parameter; null for the whole request")
			.example("mobilePhone"));
		schema.addProperty("message", new StringSchema().description("What is wrong, in the caller's language")
			.example("手机号应为 11 位数字，以 13–19 开头。"));
		schema.setRequired(List.of("message"));
		return schema;
	}

}
