package com.huike.crm;

import com.huike.crm.testsupport.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Base of the web tests: the whole application on a real PostgreSQL with the demo
 * accounts and customers, one Spring context shared by every test class that extends this
 * (keep the configuration identical so the context cache holds). Tests create what they
 * change.
 * <p>
 * The server listens on a random port so that the browser tests ({@link BrowserTest})
 * share this very context; MockMvc works as well. Requests of a test therefore never run
 * in the test's transaction: nothing is rolled back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "demo" })
public abstract class WebIntegrationTest {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry);
	}

	@Autowired
	protected MockMvc mvc;

	/**
	 * The application's clock, in the business's time zone: "today" in a test is the
	 * application's today ({@code LocalDate.now(clock)}), not the machine's — they differ
	 * for eight hours a day on a machine set to UTC.
	 */
	@Autowired
	protected java.time.Clock clock;

}
