package com.huike.crm.system;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.huike.crm.CrmApplication;
import com.huike.crm.care.CareReminderSchedule;
import com.huike.crm.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application instances on one database, as {@code docker-compose.yml} runs them
 * behind nginx: a session started on one is the same session on the other (sign-in, CSRF
 * token, sign-out), a scheduled job started on both at once runs once, and the first
 * administrator that both create at start-up exists once.
 * <p>
 * Both contexts run on a database of their own on the tests' PostgreSQL server, with
 * scheduling on (the shared test context keeps it off), so they disturb no other test.
 * Requests go over real HTTP with the session cookie handed over by hand, as a proxy that
 * sends each request to either instance would.
 */
class TwoInstancesTests {

	private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private static final String CARE_JOB = "care-reminders";

	private static final String ADMIN_PASSWORD = "erste-Verwalterin";

	private static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	private static JdbcTemplate jdbc;

	@BeforeAll
	static void startTwoInstancesOnOneDatabase() throws SQLException {
		TestDatabase.Connection server = TestDatabase.connection();
		String url = freshDatabase(server);
		first = start(url, server);
		second = start(url, server);
		jdbc = first.getBean(JdbcTemplate.class);
	}

	@AfterAll
	static void stopBoth() {
		if (second != null) {
			second.close();
		}
		if (first != null) {
			first.close();
		}
	}

	@Test
	void aSessionStartedOnTheFirstInstanceServesPagesAndWritesOnTheSecond() throws Exception {
		String session = signIn(first, "manager1", "demo123");

		HttpResponse<String> agenda = get(second, "/agenda", session);
		assertThat(agenda.statusCode()).isEqualTo(200);
		assertThat(agenda.body()).contains(">manager1<");
		assertThat(jdbc.queryForObject(
				"select max_inactive_interval from spring_session where principal_name = 'manager1'", Integer.class))
			.as("server.servlet.session.timeout, 8 hours")
			.isEqualTo(8 * 60 * 60);

		String token = csrfToken(get(first, "/agenda", session));
		String name = "双实例客户" + UUID.randomUUID().toString().substring(0, 6);
		String body = "{\"name\":\"" + name + "\",\"grade\":\"C\",\"dealStatus\":\"POTENTIAL\"}";
		assertThat(postJson(second, "/api/v1/customers", session, null, body).statusCode())
			.as("without the token the second instance refuses the write")
			.isEqualTo(403);
		HttpResponse<String> created = postJson(second, "/api/v1/customers", session, token, body);
		assertThat(created.statusCode()).isEqualTo(201);

		String location = URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();
		HttpResponse<String> read = get(first, location, session);
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.body()).contains(name);
	}

	@Test
	void signingOutOnOneInstanceEndsTheSessionOnTheOther() throws Exception {
		String session = signIn(first, "manager2", "demo123");
		assertThat(get(second, "/agenda", session).statusCode()).isEqualTo(200);

		String token = csrfToken(get(first, "/agenda", session));
		HttpResponse<String> out = postForm(second, "/logout", session, Map.of("_csrf", token));
		assertThat(out.statusCode()).isEqualTo(302);
		assertThat(out.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));

		for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] { first, second }) {
			HttpResponse<String> after = get(instance, "/agenda", session);
			assertThat(after.statusCode()).isEqualTo(302);
			assertThat(after.headers().firstValue("Location"))
				.hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
		}
		assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = 'manager2'",
				Integer.class))
			.isZero();
	}

	@Test
	void theNightlyJobStartedOnBothInstancesAtOnceRunsOnce() throws Exception {
		LocalDate today = LocalDate.now(first.getBean(Clock.class));
		LocalDate birthday = today.plusDays(5);
		Long customer = jdbc.queryForObject("select min(id) from customer", Long.class);
		jdbc.update("update customer set birth_date = ?, birth_lunar = false where id = ?", birthday.minusYears(28),
				customer);
		// as on the next night: no tasks yet, nothing covered, the last run's lock
		// expired
		jdbc.update("delete from care_task");
		jdbc.update("delete from care_reminder_run");
		jdbc.update("update shedlock set lock_until = locked_at where name = ?", CARE_JOB);

		CyclicBarrier together = new CyclicBarrier(2);
		CompletableFuture<Void> onFirst = CompletableFuture.runAsync(() -> nightly(first, together));
		CompletableFuture<Void> onSecond = CompletableFuture.runAsync(() -> nightly(second, together));
		CompletableFuture.allOf(onFirst, onSecond).get(60, TimeUnit.SECONDS);

		assertThat(jdbc.queryForObject(
				"select count(*) from care_task where customer_id = ? and kind = 'BIRTHDAY' and occasion_date = ?",
				Integer.class, customer, birthday))
			.as("the job ran: the birthday in five days has its task")
			.isEqualTo(1);
		int tasks = jdbc.queryForObject("select count(*) from care_task", Integer.class);
		// A second run would have come after the first (the run is serialised and
		// idempotent), created nothing, and recorded 0 as the last run's count.
		assertThat(jdbc.queryForObject("select last_created from care_reminder_run where name = ?", Integer.class,
				CARE_JOB))
			.as("the one run created every task there is")
			.isEqualTo(tasks);
		assertThat(jdbc.queryForObject(
				"select lock_until > timezone('utc', current_timestamp) from shedlock where name = ?", Boolean.class,
				CARE_JOB))
			.as("the run holds the lock for at least a minute")
			.isTrue();
	}

	@Test
	void theFirstAdministratorIsCreatedOnceAndSignsInOnEitherInstance() throws Exception {
		assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'chief'", Integer.class))
			.isEqualTo(1);
		String session = signIn(second, "chief", ADMIN_PASSWORD);
		assertThat(get(first, "/admin/users", session).statusCode()).isEqualTo(200);
	}

	private static void nightly(ConfigurableApplicationContext instance, CyclicBarrier together) {
		CareReminderSchedule schedule = instance.getBean(CareReminderSchedule.class);
		try {
			together.await(30, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		schedule.nightly();
	}

	/**
	 * Signs in through the login form (with its CSRF token) and returns the session
	 * cookie.
	 */
	private static String signIn(ConfigurableApplicationContext instance, String username, String password)
			throws IOException, InterruptedException {
		HttpResponse<String> page = get(instance, "/login", null);
		assertThat(page.statusCode()).isEqualTo(200);
		String anonymous = sessionCookie(page);
		HttpResponse<String> signedIn = postForm(instance, "/login", anonymous,
				Map.of("username", username, "password", password, "_csrf", csrfToken(page)));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
		return sessionCookie(signedIn);
	}

	private static String sessionCookie(HttpResponse<?> response) {
		String header = response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith("JSESSIONID="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
		assertThat(header).containsIgnoringCase("HttpOnly");
		return header.substring(0, header.indexOf(';'));
	}

	private static String csrfToken(HttpResponse<String> page) {
		Matcher token = CSRF_META.matcher(page.body());
		assertThat(token.find()).as("a CSRF token on the page").isTrue();
		return token.group(1);
	}

	private static HttpResponse<String> get(ConfigurableApplicationContext instance, String path, String cookie)
			throws IOException, InterruptedException {
		return send(request(instance, path, cookie).GET());
	}

	private static HttpResponse<String> postForm(ConfigurableApplicationContext instance, String path, String cookie,
			Map<String, String> fields) throws IOException, InterruptedException {
		String form = fields.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(request(instance, path, cookie).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	private static HttpResponse<String> postJson(ConfigurableApplicationContext instance, String path, String cookie,
			String csrfToken, String json) throws IOException, InterruptedException {
		HttpRequest.Builder request = request(instance, path, cookie).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (csrfToken != null) {
			request.header("X-CSRF-TOKEN", csrfToken);
		}
		return send(request);
	}

	private static HttpRequest.Builder request(ConfigurableApplicationContext instance, String path, String cookie) {
		int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", path.startsWith("/api/") ? "application/json" : "text/html");
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return request;
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static ConfigurableApplicationContext start(String url, TestDatabase.Connection server) {
		// as arguments, so that they win over application-test.properties
		return new SpringApplicationBuilder(CrmApplication.class).profiles("test", "demo")
			.run("--server.port=0", "--spring.datasource.url=" + url,
					"--spring.datasource.username=" + server.username(),
					"--spring.datasource.password=" + server.password(), "--huike.scheduling.enabled=true",
					"--huike.admin.username=chief", "--huike.admin.password=" + ADMIN_PASSWORD,
					// the nightly schedule never fires during the test; the test starts
					// the job
					"--huike.care.reminders.cron=-");
	}

	/** A new database on the tests' server, created like production (UTF8, C.UTF-8). */
	private static String freshDatabase(TestDatabase.Connection server) throws SQLException {
		String name = "huike_two_instances_" + UUID.randomUUID().toString().substring(0, 8);
		try (Connection c = DriverManager.getConnection(server.url(), server.username(), server.password());
				Statement st = c.createStatement()) {
			st.execute("create database " + name
					+ " encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8' template template0");
		}
		return server.url().replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
	}

}
