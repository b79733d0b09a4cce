package com.huike.crm.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * When no database is configured ({@code spring.datasource.url} unset), runs a real
 * PostgreSQL next to the application, its data kept in {@code huike.embedded-db.data-dir}
 * (default {@code ./data/pg}) between runs. The database is created UTF8 with LC_CTYPE
 * C.UTF-8 so that the Chinese search indexes work.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@Conditional(EmbeddedPostgresAutoConfiguration.NoDatabaseConfigured.class)
public class EmbeddedPostgresAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresAutoConfiguration.class);

	private static final String DATABASE = "huike";

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${huike.embedded-db.data-dir:./data/pg}") String dataDir,
			@Value("${huike.embedded-db.port:54329}") int port) {
		try {
			Path dir = Path.of(dataDir).toAbsolutePath();
			Files.createDirectories(dir.getParent());
			boolean existing = Files.exists(dir.resolve("PG_VERSION"));
			log.info("Starting embedded PostgreSQL on port {} with data in {}{}", port, dir, existing ? "" : " (new)");
			EmbeddedPostgres pg = EmbeddedPostgres.builder()
				.setDataDirectory(dir)
				.setCleanDataDirectory(false)
				.setPort(port)
				.setLocaleConfig("encoding", "UTF8")
				.setLocaleConfig("locale", "C.UTF-8")
				// the memory of a developer's machine or a small server, as the README
				// says
				// (PostgreSQL's defaults: 128 MB of buffers, 4 MB per sort)
				.setServerConfig("shared_buffers", "256MB")
				.setServerConfig("effective_cache_size", "1GB")
				.setServerConfig("work_mem", "16MB")
				.setServerConfig("maintenance_work_mem", "128MB")
				.setServerConfig("random_page_cost", "1.1")
				// short queries only: compiling one costs more than it saves
				.setServerConfig("jit", "off")
				.start();
			createDatabaseIfMissing(pg);
			return pg;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not start the embedded PostgreSQL", ex);
		}
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres pg) {
		HikariDataSource ds = new HikariDataSource();
		ds.setJdbcUrl(pg.getJdbcUrl("postgres", DATABASE));
		ds.setUsername("postgres");
		ds.setPassword("postgres");
		ds.setMaximumPoolSize(10);
		ds.setPoolName("huike-embedded");
		return ds;
	}

	private static void createDatabaseIfMissing(EmbeddedPostgres pg) {
		try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
			try (ResultSet rs = st.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
				if (rs.next()) {
					return;
				}
			}
			st.execute("create database " + DATABASE
					+ " encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8' template template0");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("could not create the database " + DATABASE, ex);
		}
	}

	static class NoDatabaseConfigured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			String url = context.getEnvironment().getProperty("spring.datasource.url");
			return url == null || url.isBlank();
		}

	}

}
