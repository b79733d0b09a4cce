package com.huike.crm.shared.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.huike.crm.WebIntegrationTest;
import com.huike.crm.care.CareTaskService;
import com.huike.crm.care.domain.CareTaskKind;
import com.huike.crm.care.web.CareWebFixtures;
import com.huike.crm.customer.CustomerService;
import com.huike.crm.identity.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The one error model of the JSON API, checked over every operation of the OpenAPI
 * document (so that an endpoint added later is checked too): each answers a 401 without
 * credentials, a 400 to a misspelled field or a parameter of the wrong type, a 404 to an
 * unknown id — all as RFC 9457 problem details with type, title, status, detail and
 * instance, in the caller's language, and with {@code errors: [{field, message}]} on a
 * 400. The 409s come from real races and states, one scenario per kind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiProblemTests extends WebIntegrationTest {

	private static final RequestPostProcessor MANAGER1 = user("manager1").roles("MANAGER");

	private static final RequestPostProcessor MANAGER2 = user("manager2").roles("MANAGER");

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	/** An id no record has. */
	private static final String UNKNOWN_ID = "2147483000";

	/**
	 * A valid body of each operation that takes one: the 404 of an unknown id must not be
	 * hidden by a 400 of the body. An operation with a body and no sample here fails the
	 * tests, so a new endpoint brings its sample.
	 */
	private static final Map<String, String> VALID_BODIES = Map.ofEntries(
			Map.entry("registerCustomer", "{\"name\":\"问题详情客户\"}"),
			Map.entry("updateCustomer", "{\"version\":0,\"name\":\"问题详情客户\",\"dealStatus\":\"POTENTIAL\"}"),
			Map.entry("logFollowUp", "{\"channel\":\"PHONE\",\"content\":\"电话\",\"grade\":\"D\"}"),
			Map.entry("registerDemand",
					"{\"customerId\":" + UNKNOWN_ID
							+ ",\"product\":\"中华\",\"quantity\":1,\"requestedOn\":\"2026-01-05\"}"),
			Map.entry("recordArrival", "{\"product\":\"问题详情商品\"}"),
			Map.entry("recordDemandTold", "{\"channel\":\"PHONE\"}"), Map.entry("cancelDemand", "{}"),
			Map.entry("completeCareTask", "{\"channel\":\"PHONE\"}"), Map.entry("skipCareTask", "{}"));

	@LocalServerPort
	int port;

	@Autowired
	ObjectMapper json;

	@Autowired
	CustomerService customers;

	@Autowired
	IdentityService identity;

	@Autowired
	CareTaskService careTasks;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	java.time.Clock clock;

	CareWebFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new CareWebFixtures(customers, identity, careTasks, jdbc, clock);
	}

	/** Every operation of the OpenAPI document. */
	Stream<ApiOperation> operations() throws Exception {
		String document = mvc.perform(get("/v3/api-docs").with(MANAGER1))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<ApiOperation> operations = new ArrayList<>();
		JsonNode paths = json.readTree(document).get("paths");
		for (Iterator<Map.Entry<String, JsonNode>> p = paths.properties().iterator(); p.hasNext();) {
			Map.Entry<String, JsonNode> path = p.next();
			for (Iterator<Map.Entry<String, JsonNode>> m = path.getValue().properties().iterator(); m.hasNext();) {
				Map.Entry<String, JsonNode> method = m.next();
				operations.add(new ApiOperation(HttpMethod.valueOf(method.getKey().toUpperCase()), path.getKey(),
						method.getValue()));
			}
		}
		assertThat(operations).as("operations of the document").hasSizeGreaterThan(20);
		return operations.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("operations")
	void everyOperationIsDocumentedWithItsProblems(ApiOperation operation) {
		JsonNode op = operation.node();
		assertThat(op.path("operationId").asString()).as("operationId").isNotBlank();
		assertThat(op.path("description").asString()).as("description").isNotBlank();
		assertThat(op.path("tags").get(0).asString()).as("a human tag").doesNotContain("-controller");
		List<String> statuses = new ArrayList<>(List.of("401", "403", "503"));
		if (operation.path().contains("{")) {
			statuses.add("404");
		}
		if (operation.takesInput()) {
			statuses.add("400");
		}
		for (String status : statuses) {
			assertThat(op.path("responses")
				.path(status)
				.path("content")
				.path("application/problem+json")
				.path("schema")
				.path("$ref")
				.asString()).as(status).isEqualTo("#/components/schemas/Problem");
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("operations")
	void withoutCredentialsEveryOperationAnswers401AsAProblem(ApiOperation operation) throws Exception {
		// over real HTTP: the security filters answer before any controller, through the
		// server's error handling
		String body = operation.node().has("requestBody") ? operation.validBody() : null;
		HttpResponse<String> response = http(operation.method().name(),
				operation.path().replaceAll("\\{[^}]+}", UNKNOWN_ID), body, "application/json", null);
		JsonNode problem = assertProblem(response, 401, "unauthorized");
		assertThat(problem.get("title").asString()).isEqualTo("Not signed in");
		assertThat(response.headers().firstValue("WWW-Authenticate"))
			.hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
	}

	/** The operations whose path names a record. */
	Stream<ApiOperation> operationsOfARecord() throws Exception {
		return operations().filter(operation -> operation.path().contains("{"));
	}

	/**
	 * The operations that take a body or a parameter whose value can be of the wrong
	 * type.
	 */
	Stream<ApiOperation> operationsWithInput() throws Exception {
		return operations()
			.filter(operation -> operation.node().has("requestBody") || operation.typedQueryParameter() != null);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("operationsOfARecord")
	void anUnknownIdIs404AsAProblem(ApiOperation operation) throws Exception {
		MvcResult result = mvc.perform(operation.request(UNKNOWN_ID).with(MANAGER1).with(csrf())).andReturn();
		assertProblem(result, 404, "not-found");
		MvcResult notANumber = mvc.perform(operation.request("abc").with(MANAGER1).with(csrf())).andReturn();
		assertProblem(notANumber, 404, "not-found");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("operationsWithInput")
	void badInputIs400AsAProblemNamingTheField(ApiOperation operation) throws Exception {
		MockHttpServletRequestBuilder request;
		String field;
		if (operation.node().has("requestBody")) {
			// a misspelled key next to valid ones is refused, never dropped
			field = "zzMisspelled";
			String body = operation.validBody();
			request = operation.request(UNKNOWN_ID)
				.content(
						body.substring(0, body.length() - 1) + (body.length() > 2 ? "," : "") + "\"" + field + "\":1}");
		}
		else {
			JsonNode parameter = operation.typedQueryParameter();
			field = parameter.get("name").asString();
			request = operation.request(UNKNOWN_ID).queryParam(field, "nicht-ein-wert");
		}
		MvcResult result = mvc.perform(request.with(MANAGER1).with(csrf()).header("Accept-Language", "en")).andReturn();
		JsonNode problem = assertProblem(result, 400, "validation");
		assertThat(problem.get("title").asString()).isEqualTo("Invalid request");
		assertThat(problem.get("errors").findValuesAsString("field")).contains(field);
	}

	@Test
	void aFeaturesRuleViolationIsAllInTheCallersLanguage() throws Exception {
		// the example: a 400 of POST /api/v1/demands/{id}/told in English had a
		// Chinese detail and an English field message
		CareWebFixtures.Customer customer = fixtures.customer("manager2");
		String location = mvc
			.perform(post("/api/v1/demands").with(MANAGER2)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"customerId\":" + customer.id() + ",\"product\":\"语言测试\",\"quantity\":2,\"requestedOn\":\""
						+ fixtures.today() + "\"}"))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		MvcResult english = mvc
			.perform(post(location + "/told").with(MANAGER2)
				.with(csrf())
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andReturn();
		JsonNode problem = assertProblem(english, 400, "validation");
		assertThat(problem.get("detail").asString()).isEqualTo("Correct the fields as described and try again.");
		assertThat(problem.at("/errors/0/field").asString()).isEqualTo("channel");
		assertThat(problem.at("/errors/0/message").asString()).doesNotContainPattern("\\p{IsHan}");
		MvcResult chinese = mvc
			.perform(post(location + "/told").with(MANAGER2)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andReturn();
		JsonNode zh = assertProblem(chinese, 400, "validation");
		assertThat(zh.get("detail").asString()).isEqualTo("请按各字段的说明修改后重试。");
		assertThat(zh.at("/errors/0/message").asString()).containsPattern("\\p{IsHan}");
	}

	@Test
	void aStaleVersionIs409WithTheVersionNowSaved() throws Exception {
		long id = customers.create(
				new com.huike.crm.customer.NewCustomer("版本冲突客户", null, null, null, null, null, null, null),
				identity.viewer("manager1").orElseThrow());
		String body = "{\"version\":%d,\"name\":\"版本冲突客户%s\",\"dealStatus\":\"POTENTIAL\"}";
		mvc.perform(put("/api/v1/customers/" + id).with(MANAGER1)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(0, "甲")));
		MvcResult stale = mvc
			.perform(put("/api/v1/customers/" + id).with(MANAGER1)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body.formatted(0, "乙")))
			.andReturn();
		JsonNode problem = assertProblem(stale, 409, "version-conflict");
		assertThat(problem.get("currentVersion").asLong()).isPositive();
	}

	@Test
	void closingAClosedCareTaskIs409AsAProblem() throws Exception {
		CareWebFixtures.Customer customer = fixtures.customer("manager1");
		Long task = fixtures.task(customer, "manager1", CareTaskKind.BIRTHDAY, 1);
		String done = "/api/v1/care/tasks/" + task + "/done";
		mvc.perform(post(done).with(MANAGER1)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"channel\":\"SMS\"}"));
		MvcResult again = mvc
			.perform(post(done).with(MANAGER1)
				.with(csrf())
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"channel\":\"SMS\"}"))
			.andReturn();
		JsonNode problem = assertProblem(again, 409, "closed");
		assertThat(problem.get("title").asString()).isEqualTo("Not possible in the current state");
	}

	@Test
	void malformedJsonWrongTypesAndWrongContentTypesAreProblemsNeverA500() throws Exception {
		JsonNode malformed = assertProblem(mvc
			.perform(post("/api/v1/customers").with(MANAGER1)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":"))
			.andReturn(), 400, "unreadable");
		assertThat(malformed.has("errors")).isFalse();
		JsonNode wrongType = assertProblem(mvc
			.perform(post("/api/v1/customers").with(MANAGER1)
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"类型\",\"grade\":[1,2]}"))
			.andReturn(), 400, "unreadable");
		assertThat(wrongType.at("/errors/0/field").asString()).isEqualTo("grade");
		// a wrong media type or a multipart body without its boundary fail before any
		// controller: over real HTTP, through the server's error handling
		assertProblem(http("POST", "/api/v1/customers", "name=x", "text/plain", "manager1"), 415,
				"unsupported-media-type");
		HttpResponse<String> noBoundary = http("POST", "/api/v1/customers", "--x\r\n", "multipart/form-data",
				"manager1");
		assertThat(noBoundary.statusCode()).isIn(400, 415);
		assertProblem(noBoundary, noBoundary.statusCode(), null);
	}

	@Test
	void unknownUrlsAndMethodsOfTheApiAreProblems() throws Exception {
		assertProblem(http("GET", "/api/v1/no-such-thing", null, null, "manager1"), 404, "not-found");
		HttpResponse<String> method = http("DELETE", "/api/v1/customers", null, null, "manager1");
		assertProblem(method, 405, "method-not-allowed");
		assertThat(method.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
	}

	@Test
	void theErrorPathItselfIsNotAnErrorOfStatus999() throws Exception {
		MvcResult page = mvc.perform(get("/error").with(MANAGER1).accept(MediaType.TEXT_HTML)).andReturn();
		assertThat(page.getResponse().getStatus()).isEqualTo(404);
		assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("找不到该页面");
		MvcResult json = mvc.perform(get("/error").with(MANAGER1).accept(MediaType.APPLICATION_JSON)).andReturn();
		assertProblem(json, 404, "not-found");
	}

	/**
	 * A request over real HTTP to the test server, signed in with Basic when a user is
	 * given.
	 */
	private HttpResponse<String> http(String method, String path, String body, String contentType, String username)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept-Language", "en")
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (username != null) {
			request.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((username + ":demo123").getBytes(StandardCharsets.UTF_8)));
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private JsonNode assertProblem(HttpResponse<String> response, int status, String type) {
		assertThat(response.statusCode()).as("status").isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(v -> assertThat(v).as("content type").startsWith("application/problem+json"));
		return assertProblemBody(json.readTree(response.body()), status, type);
	}

	private JsonNode assertProblem(MvcResult result, int status, String type) throws Exception {
		assertThat(result.getResponse().getStatus()).as("status").isEqualTo(status);
		assertThat(result.getResponse().getContentType()).as("content type").startsWith("application/problem+json");
		return assertProblemBody(json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8)), status,
				type);
	}

	private static JsonNode assertProblemBody(JsonNode problem, int status, String type) {
		if (type != null) {
			assertThat(problem.path("type").asString()).isEqualTo("urn:huike:problem:" + type);
		}
		assertThat(problem.path("title").asString()).as("title").isNotBlank();
		assertThat(problem.path("status").asInt()).isEqualTo(status);
		assertThat(problem.path("detail").asString()).as("detail").isNotBlank();
		assertThat(problem.path("instance").asString()).as("instance").startsWith("/");
		if (status == 400 && problem.has("errors")) {
			for (JsonNode error : problem.get("errors")) {
				assertThat(error.path("message").asString()).as("message of " + error.path("field")).isNotBlank();
			}
		}
		assertThat(problem.toString()).doesNotContain("Exception").doesNotContain("at com.huike");
		return problem;
	}

	/** One operation of the OpenAPI document. */
	record ApiOperation(HttpMethod method, String path, JsonNode node) {

		MockHttpServletRequestBuilder request(String id) {
			MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method,
					path.replaceAll("\\{[^}]+}", id));
			if (node.has("requestBody")) {
				request.contentType(MediaType.APPLICATION_JSON).content(validBody());
			}
			return request;
		}

		String validBody() {
			String operationId = node.path("operationId").asString();
			String body = VALID_BODIES.get(operationId);
			assertThat(body).as("a valid sample body of " + operationId + " in ApiProblemTests").isNotNull();
			return body;
		}

		boolean takesInput() {
			if (node.has("requestBody")) {
				return true;
			}
			for (JsonNode parameter : node.path("parameters")) {
				if (!"path".equals(parameter.path("in").asString())) {
					return true;
				}
			}
			return false;
		}

		/**
		 * A query parameter whose value can be of the wrong type (number, boolean, enum).
		 */
		JsonNode typedQueryParameter() {
			for (JsonNode parameter : node.path("parameters")) {
				JsonNode schema = parameter.path("schema");
				boolean typed = schema.has("enum")
						|| List.of("integer", "number", "boolean").contains(schema.path("type").asString())
						|| schema.has("$ref");
				if ("query".equals(parameter.path("in").asString()) && typed) {
					return parameter;
				}
			}
			return null;
		}

		@Override
		public String toString() {
			return method + " " + path;
		}

	}

}
