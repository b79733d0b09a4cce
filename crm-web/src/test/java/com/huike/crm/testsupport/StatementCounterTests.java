package com.huike.crm.testsupport;

import javax.sql.DataSource;

import com.huike.crm.WebIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The counter the statement budgets rely on counts what the application sends, and
 * refuses to report a count of nothing, so that a budget can never pass because the
 * counter saw nothing.
 */
class StatementCounterTests extends WebIntegrationTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void countsTheStatementsThisThreadSendsThroughTheApplicationsDataSource() throws Exception {
		assertThat(StatementCounter.count(() -> jdbc.queryForObject("select 1", Integer.class))).isOne();
		assertThat(StatementCounter.count(() -> {
			jdbc.queryForObject("select 1", Integer.class);
			jdbc.execute("select 2");
		})).isEqualTo(2);
	}

	@Test
	void leavesTheSessionsOwnStatementsOut() throws Exception {
		assertThat(StatementCounter.count(() -> {
			jdbc.queryForObject("select count(*) from spring_session", Long.class);
			jdbc.queryForObject("select 1", Integer.class);
		})).isOne();
	}

	@Test
	void failsWhenItCountedNothing() {
		assertThatThrownBy(() -> StatementCounter.count(() -> {
		})).isInstanceOf(AssertionError.class).hasMessageContaining("No SQL statement was counted");
	}

	@Test
	void failsWhenTheStatementsBypassTheWrappedDataSource() throws Exception {
		// what a configuration that leaves the DataSource unwrapped amounts to
		DataSource unwrapped = dataSource.unwrap(DataSource.class);
		assertThat(unwrapped).isNotSameAs(dataSource);
		JdbcTemplate bypassing = new JdbcTemplate(unwrapped);
		assertThatThrownBy(() -> StatementCounter.count(() -> bypassing.queryForObject("select 1", Integer.class)))
			.isInstanceOf(AssertionError.class);
	}

}
