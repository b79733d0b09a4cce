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
import com.huike.crm.care.domain.CareTaskKind;
import com.huike.crm.care.web.CareWebFixtures;
import com.huike.crm.customer.CustomerService;
import com.huike.crm.identity.IdentityService;
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
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
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
			Map.entry("completeCareTask", "{\"channel\":\"PHONE\"}"), Map.entry("skipCareTask", "{}"),
			Map.entry("reassignCustomers", "{\"customerIds\":[" + UNKNOWN_ID + "],\"ownerId\":2}"),
			Map.entry("generateVisitPlan", "{\"month\":\"2031-01\"}"),
			Map.entry("drawSpotChecks", "{\"managerId\":2,\"size\":1}"),
			Map.entry("recordSpotCheck", "{\"result\":\"PASS\",\"version\":0}"),
			Map.entry("addVisitAction",
					"{\"version\":0,\"customerCode\":\"KH0\",\"day\":\"2026-01-05\",\"actionTypeId\":1}"),
			Map.entry("changeVisitAction", "{\"version\":0,\"day\":\"2026-01-05\",\"actionTypeId\":1}"),
			Map.entry("submitVisitPlan", "{\"version\":0}"), Map.entry("approveVisitPlan", "{\"version\":0}"),
			Map.entry("rejectVisitPlan", "{\"version\":0,\"reason\":\"原因\"}"),
			Map.entry("markVisitDone", "{\"version\":0,\"content\":\"拜访\",\"grade\":\"D\"}"),
			Map.entry("submitVisitResults", "{\"version\":0,\"reasons\":{}}"),
			Map.entry("approveVisitResults", "{\"version\":0}"),
			Map.entry("rejectVisitResults", "{\"version\":0,\"reason\":\"原因\"}"),
			Map.entry("receiveRequest",
					"{\"type\":\"INQUIRY\",\"channel\":\"HOTLINE\",\"callerPhone\":\"13900000000\",\"description\":\"咨询\"}"),
			Map.entry("acknowledgeRequest", "{\"version\":0,\"text\":\"已处理\"}"),
			Map.entry("confirmComplaint", "{\"version\":0,\"departmentId\":1}"),
			Map.entry("routeComplaint", "{\"version\":0,\"departmentId\":1}"),
			Map.entry("takeComplaint", "{\"version\":0}"),
			Map.entry("recordComplaintResult", "{\"version\":0,\"text\":\"已处理\"}"),
			Map.entry("recordComplaintFeedback", "{\"version\":0,\"feedback\":\"已告知\",\"opinion\":\"SATISFIED\"}"),
			Map.entry("closeComplaint", "{\"version\":0}"),
			Map.entry("reopenComplaint", "{\"version\":0,\"text\":\"客户不满意\"}"),
			Map.entry("recordRevisitAttempt", "{\"version\":0,\"outcome\":\"NO_ANSWER\"}"),
			Map.entry("scoreRevisit", "{\"version\":0,\"scores\":{},\"feedback\":\"满意\"}"),
			Map.entry("decideImportDuplicates", "{\"defaultDecision\":\"SKIP\",\"rows\":{}}"));

	/**
	 * The file an upload (multipart) operation is sent: a CSV file of one customer. Its
	 * bad input is the missing file; its parts are not JSON, so the JSON body checks skip
	 * it (CustomerImportTests sends it hostile files).
	 */
	private static final byte[] VALID_FILE = "姓名\n问题详情导入\n".getBytes(StandardCharsets.UTF_8);

	@LocalServerPort
	int port;

	@Autowired
	ObjectMapper json;

	@Autowired
	CustomerService customers;

	@Autowired
	IdentityService identity;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CareWebFixtures fixtures;

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
		AbstractMockHttpServletRequestBuilder<?> request;
		String field;
		if (operation.multipart()) {
			// the file left out
			field = "file";
			request = MockMvcRequestBuilders.multipart(operation.path().replaceAll("\\{[^}]+}", UNKNOWN_ID));
		}
		else if (operation.node().has("requestBody")) {
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

	/** Values of the wrong kind for a query parameter or a path variable. */
	static final List<String> HOSTILE_PARAMETERS = List.of("\u0000", "a\u0007b", "-1", "0", "99999999999999999999",
			"abc", "1e309", "x".repeat(3000), "2026-13-45", "ZZZ", " ", "%", "name,desc;drop");

	/** Values of the wrong kind for a JSON property. */
	static final List<String> HOSTILE_JSON = List.of("\"a\\u0000b\"", "\"a\\u0007b\"", "{\"a\":[1,2]}", "[1]", "1e400",
			"-1", "99999999999999999999", "true", "\"\"", "null", "\"0001-01-01\"", "\"-0005-01-01\"",
			"\"" + "x".repeat(5000) + "\"", "\"ZZZ\"");

	@ParameterizedTest(name = "{0}")
	@MethodSource("operations")
	void hostileParametersAreNeverA500(ApiOperation operation) throws Exception {
		for (String value : HOSTILE_PARAMETERS) {
			if (operation.path().contains("{")) {
				MvcResult result = mvc
					.perform(operation.request(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8))
						.with(MANAGER1)
						.with(csrf()))
					.andReturn();
				assertNoFault(result, operation + " id=" + value);
			}
			for (JsonNode parameter : operation.node().path("parameters")) {
				if ("path".equals(parameter.path("in").asString())) {
					continue;
				}
				MvcResult result = mvc
					.perform(operation.request(UNKNOWN_ID)
						.queryParam(parameter.path("name").asString(), value)
						.with(MANAGER1)
						.with(csrf()))
					.andReturn();
				assertNoFault(result, operation + " " + parameter.path("name").asString() + "=" + value);
			}
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("operationsWithABody")
	void hostileBodyValuesAreNeverA500(ApiOperation operation) throws Exception {
		// a customer of manager1, so that what passes validation reaches the service
		String id = String.valueOf(customers.create(
				new com.huike.crm.customer.NewCustomer("敌意接口客户", null, null, null, null, null, null, null),
				identity.viewer("manager1").orElseThrow()));
		JsonNode valid = json.readTree(operation.validBody());
		for (Iterator<String> names = valid.propertyNames().iterator(); names.hasNext();) {
			String name = names.next();
			for (String value : HOSTILE_JSON) {
				String body = valid.toString()
					.replaceFirst("\"" + name + "\":(\"[^\"]*\"|[^,}]*)",
							java.util.regex.Matcher.quoteReplacement("\"" + name + "\":" + value));
				MvcResult result = mvc.perform(operation.request(id).content(body).with(MANAGER1).with(csrf()))
					.andReturn();
				assertNoFault(result, operation + " " + name + "=" + value);
			}
		}
	}

	Stream<ApiOperation> operationsWithABody() throws Exception {
		return operations().filter(operation -> operation.node().has("requestBody") && !operation.multipart());
	}

	private void assertNoFault(MvcResult result, String what) throws Exception {
		int status = result.getResponse().getStatus();
		assertThat(status).as(what).isLessThan(500);
		// a sendError (a filter's refusal, no handler) has no body under MockMvc: the
		// server's error controller writes it, as the real-HTTP tests above check
		if (status >= 400 && result.getResponse().getContentLength() != 0
				&& !result.getResponse().getContentAsString().isEmpty()) {
			assertThat(result.getResponse().getContentType()).as(what).startsWith("application/problem+json");
			assertProblemBody(json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8)), status,
					null);
		}
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
	void concurrentUpdatesOfOneVersionGiveOneSaveAndConflictsNeverA500() throws Exception {
		long id = customers.create(
				new com.huike.crm.customer.NewCustomer("并发客户", null, null, null, null, null, null, null),
				identity.viewer("manager1").orElseThrow());
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
		try {
			for (int round = 0; round < 3; round++) {
				long version = json.readTree(http("GET", "/api/v1/customers/" + id, null, null, "manager1").body())
					.get("version")
					.asLong();
				java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
				List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
				for (int writer = 0; writer < 6; writer++) {
					String body = "{\"version\":" + version + ",\"name\":\"并发客户\",\"dealStatus\":\"POTENTIAL\","
							+ "\"profile\":{\"nickname\":\"写者" + round + "-" + writer + "\"}}";
					answers.add(pool.submit(() -> {
						start.await();
						return http("PUT", "/api/v1/customers/" + id, body, "application/json", "manager1")
							.statusCode();
					}));
				}
				start.countDown();
				List<Integer> statuses = new ArrayList<>();
				for (java.util.concurrent.Future<Integer> answer : answers) {
					statuses.add(answer.get());
				}
				assertThat(statuses).as("round " + round).containsOnly(200, 409);
				assertThat(statuses.stream().filter(s -> s == 200).count()).as("one save per version").isEqualTo(1);
			}
		}
		finally {
			pool.shutdownNow();
		}
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

		AbstractMockHttpServletRequestBuilder<?> request(String id) {
			if (multipart()) {
				return MockMvcRequestBuilders.multipart(path.replaceAll("\\{[^}]+}", id))
					.file(new org.springframework.mock.web.MockMultipartFile("file", "问题详情.csv", "text/csv",
							VALID_FILE));
			}
			MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method,
					path.replaceAll("\\{[^}]+}", id));
			if (node.has("requestBody")) {
				request.contentType(MediaType.APPLICATION_JSON).content(validBody());
			}
			return request;
		}

		/** Whether the operation takes its input as multipart/form-data (an upload). */
		boolean multipart() {
			return node.path("requestBody").path("content").has("multipart/form-data");
		}

		String validBody() {
			if (multipart()) {
				return new String(VALID_FILE, StandardCharsets.UTF_8);
			}
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
