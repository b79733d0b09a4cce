package com.huike.crm.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.huike.crm.CrmApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database goes away under a running application (a restart): pages and API answer
 * 503 with {@code Retry-After} — a page that says to retry in a moment, a problem detail
 * — never a 500, and the health endpoint says DOWN. On a PostgreSQL server of its own,
 * which the test stops.
 */
class DatabaseUnavailableTests {

	private static final String PASSWORD = "unavailable-test";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@Test
	void whileTheDatabaseIsDownPagesAndApiAnswer503AndHealthIsDown() throws Exception {
		EmbeddedPostgres pg = EmbeddedPostgres.builder()
			.setLocaleConfig("encoding", "UTF8")
			.setLocaleConfig("locale", "C.UTF-8")
			.setServerConfig("fsync", "off")
			.start();
		ConfigurableApplicationContext app = null;
		try {
			app = new SpringApplicationBuilder(CrmApplication.class).profiles("test")
				.run("--server.port=0", "--spring.datasource.url=" + pg.getJdbcUrl("postgres", "postgres"),
						"--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
						"--spring.datasource.hikari.connection-timeout=1000", "--huike.admin.username=chief",
						"--huike.admin.password=" + PASSWORD);
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			assertThat(get(port, "/customers", "text/html").statusCode()).isEqualTo(200);
			assertThat(get(port, "/actuator/health", "application/json").statusCode()).isEqualTo(200);

			pg.close();

			HttpResponse<String> page = get(port, "/customers", "text/html");
			assertThat(page.statusCode()).isEqualTo(503);
			assertThat(page.headers().firstValue("Retry-After")).hasValue("5");
			assertThat(page.body()).contains("服务暂时不可用").doesNotContain("Exception");
			HttpResponse<String> api = get(port, "/api/v1/customers", "application/json");
			assertThat(api.statusCode()).isEqualTo(503);
			assertThat(api.headers().firstValue("Retry-After")).hasValue("5");
			assertThat(api.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(api.body()).contains("urn:huike:problem:unavailable").contains("\"status\":503");
			// as a load balancer asks: without credentials
			HttpResponse<String> health = HTTP.send(
					HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).GET().build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			assertThat(health.statusCode()).isEqualTo(503);
			assertThat(health.body()).contains("DOWN");
		}
		finally {
			if (app != null) {
				app.close();
			}
			pg.close();
		}
	}

	private static HttpResponse<String> get(int port, String path, String accept) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", accept)
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString(("chief:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.GET()
			.build();
		return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
