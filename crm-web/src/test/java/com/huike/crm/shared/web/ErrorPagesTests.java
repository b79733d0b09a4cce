package com.huike.crm.shared.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.huike.crm.WebIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one error page, as a browser gets it over real HTTP (the server's own error
 * handling included): every failure of a page is that page with its status and a text in
 * the user's language — never JSON, never a stack trace.
 */
class ErrorPagesTests extends WebIntegrationTest {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void anUnknownOrForeignOrMalformedRecordIsThe404Page() throws Exception {
		for (String path : new String[] { "/customers/2147483000", "/customers/abc", "/customers/abc/timeline",
				"/admin/users/2147483000", "/care/tasks/2147483000", "/demands/2147483000/told", "/no-such-page" }) {
			HttpResponse<String> page = page(path, "admin");
			assertThat(page.statusCode()).as(path).isEqualTo(404);
			assertErrorPage(page, "找不到该页面");
		}
	}

	@Test
	void aForbiddenActionIsThe403Page() throws Exception {
		HttpResponse<String> page = page("/admin/users", "manager1");
		assertThat(page.statusCode()).isEqualTo(403);
		assertErrorPage(page, "无权访问");
	}

	@Test
	void theErrorPageSpeaksEnglishWhenTheUserChoseIt() throws Exception {
		HttpResponse<String> page = page("/customers/2147483000?lang=en", "manager1");
		assertThat(page.statusCode()).isEqualTo(404);
		assertErrorPage(page, "Not found");
	}

	@Test
	void aBadParameterOfAPageIsThe400Page() throws Exception {
		HttpResponse<String> page = page("/customers?createdFrom=yesterday", "manager1");
		assertThat(page.statusCode()).isIn(200, 400);
		assertThat(page.body()).doesNotContain("Exception").doesNotContain("\"status\"");
	}

	private static void assertErrorPage(HttpResponse<String> page, String title) {
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
		assertThat(page.body()).contains("<h1 class=\"display-6\">" + title + "</h1>")
			.doesNotContain("Exception")
			.doesNotContain("\"timestamp\"");
	}

	private HttpResponse<String> page(String path, String username) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html,application/xhtml+xml")
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((username + ":demo123").getBytes(StandardCharsets.UTF_8)))
			.GET()
			.build();
		return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
