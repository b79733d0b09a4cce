package com.huike.crm.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real PostgreSQL per test JVM: a Testcontainers container where a Docker engine
 * answers, otherwise an embedded server (io.zonky). Either way the database is UTF8 with
 * LC_CTYPE C.UTF-8, like production, so the Chinese search indexes behave as they do
 * there.
 * <p>
 * Use from a test class:
 * {@code @DynamicPropertySource static void db(DynamicPropertyRegistry r) {
 * TestDatabase.register(r); }}
 */
public final class TestDatabase {

	private static volatile Connection connection;

	private TestDatabase() {
	}

	public static void register(DynamicPropertyRegistry registry) {
		Connection c = connection();
		registry.add("spring.datasource.url", c::url);
		registry.add("spring.datasource.username", c::username);
		registry.add("spring.datasource.password", c::password);
	}

	public static synchronized Connection connection() {
		if (connection == null) {
			connection = dockerAvailable() ? startContainer() : startEmbedded();
		}
		return connection;
	}

	private static boolean dockerAvailable() {
		if (Boolean.getBoolean("huike.tests.embedded")) {
			return false;
		}
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	@SuppressWarnings("resource")
	private static Connection startContainer() {
		PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine").withEnv("POSTGRES_INITDB_ARGS",
				"--encoding=UTF8 --locale=C.UTF-8");
		container.start();
		return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword());
	}

	private static Connection startEmbedded() {
		try {
			EmbeddedPostgres pg = EmbeddedPostgres.builder()
				.setLocaleConfig("encoding", "UTF8")
				.setLocaleConfig("locale", "C.UTF-8")
				.setServerConfig("fsync", "off")
				.setServerConfig("synchronous_commit", "off")
				.setServerConfig("full_page_writes", "off")
				.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					pg.close();
				}
				catch (IOException ignored) {
					// the JVM is going away; the temporary data directory goes with it
				}
			}));
			return new Connection(pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not start the embedded PostgreSQL for the tests", ex);
		}
	}

	public record Connection(String url, String username, String password) {
	}

}
