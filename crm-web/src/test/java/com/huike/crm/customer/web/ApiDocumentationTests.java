package com.huike.crm.customer.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.huike.crm.WebIntegrationTest;
import org.junit.jupiter.api.Test;

import static com.huike.crm.customer.web.ArchivePartFixtures.AGENT1;
import static com.huike.crm.customer.web.ArchivePartFixtures.MANAGER1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ApiDocumentationTests extends WebIntegrationTest {

	@Test
	void apiDocsDescribeTheCustomerEndpointsAndTheirSchemas() throws Exception {
		mvc.perform(get("/v3/api-docs").with(MANAGER1))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/customers'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/customers'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/customers/{id}'].put").exists())
			.andExpect(jsonPath("$.paths['/api/v1/customers/{id}/transactions'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/customers/{id}/adjustments'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/customers/{id}/reports'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/customers/{id}/credit'].get").exists())
			.andExpect(jsonPath("$.components.schemas.Customer").exists())
			.andExpect(jsonPath("$.components.schemas.CustomerUpdate.required").exists())
			.andExpect(jsonPath("$.components.securitySchemes.basicAuth.scheme").value("basic"))
			.andExpect(content().string(not(containsString("\"viewer\""))))
			.andExpect(content().string(not(containsString("\"/customers/{customerId}/transactions\""))));
	}

	/**
	 * Writes the document where the root test script lints it with Spectral
	 * ({@code spectral:oas}, docs/api.md): the lint sees exactly what the app serves.
	 */
	@Test
	void theDocumentIsWrittenForTheLinter() throws Exception {
		String document = mvc.perform(get("/v3/api-docs").with(MANAGER1))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Path file = Path.of("target", "openapi.json");
		Files.createDirectories(file.getParent());
		Files.writeString(file, document, StandardCharsets.UTF_8);
		assertThat(file).content(StandardCharsets.UTF_8).contains("\"/api/v1/customers\"");
	}

	@Test
	void swaggerUiOpensForSignedInUsers() throws Exception {
		mvc.perform(get("/swagger-ui.html").with(AGENT1))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/swagger-ui/index.html"));
		mvc.perform(get("/swagger-ui/index.html").with(MANAGER1))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("swagger-ui")));
		mvc.perform(get("/swagger-ui/swagger-ui-bundle.js").with(MANAGER1)).andExpect(status().isOk());
		mvc.perform(get("/swagger-ui/swagger-initializer.js").with(MANAGER1)).andExpect(status().isOk());
		mvc.perform(get("/v3/api-docs/swagger-config").with(MANAGER1))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.url").value("/v3/api-docs"));
	}

	@Test
	void apiDocsAreNotPublic() throws Exception {
		for (String url : new String[] { "/v3/api-docs", "/swagger-ui/index.html" }) {
			int status = mvc.perform(get(url)).andReturn().getResponse().getStatus();
			assertThat(status).as(url).isIn(302, 401);
		}
	}

}
