package com.huike.crm.system;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded server the first command of the README starts runs with the memory
 * settings the README lists, and its database is made for the Chinese search.
 */
class EmbeddedPostgresSettingsTests {

	@TempDir
	Path dir;

	@Test
	void theEmbeddedServerHasTheSettingsTheReadmeNames() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		try (EmbeddedPostgres pg = new EmbeddedPostgresAutoConfiguration()
			.embeddedPostgres(dir.resolve("pg").toString(), port);
				Connection c = pg.getDatabase("postgres", "huike").getConnection();
				Statement st = c.createStatement()) {
			assertThat(show(st, "shared_buffers")).isEqualTo("256MB");
			assertThat(show(st, "work_mem")).isEqualTo("16MB");
			assertThat(show(st, "random_page_cost")).isEqualTo("1.1");
			assertThat(show(st, "jit")).isEqualTo("off");
			try (ResultSet rs = st
				.executeQuery("select datctype from pg_database where datname = current_database()")) {
				rs.next();
				assertThat(rs.getString(1)).isEqualTo("C.UTF-8");
			}
		}
	}

	private static String show(Statement st, String setting) throws Exception {
		try (ResultSet rs = st.executeQuery("show " + setting)) {
			rs.next();
			return rs.getString(1);
		}
	}

}
