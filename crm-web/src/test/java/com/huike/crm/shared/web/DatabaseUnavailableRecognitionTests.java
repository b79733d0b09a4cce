package com.huike.crm.shared.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which failures mean "the database cannot be reached right now" (a 503 with Retry-After)
 * and which are faults (a 500): the shapes a PostgreSQL restart under a running request
 * has been seen to take.
 */
class DatabaseUnavailableRecognitionTests {

	@Test
	void theServerShuttingDownTheConnectionIsUnavailable() {
		SQLException terminated = new SQLException("FATAL: terminating connection due to administrator command",
				"57P01");
		assertThat(Problems.databaseUnavailable(new JpaSystemException(new RuntimeException(terminated)))).isTrue();
	}

	@Test
	void aRollbackOnTheConnectionThePoolAlreadyClosedIsUnavailable() {
		// what replaces the statement's own failure: the pool marked the connection
		// broken and closed it, so the rollback fails without an SQL state
		JpaSystemException rollback = new JpaSystemException(new TransactionException(
				"Unable to rollback against JDBC Connection", new SQLException("Connection is closed")));
		assertThat(Problems.databaseUnavailable(rollback)).isTrue();
	}

	@Test
	void anEmptyPoolIsUnavailable() {
		assertThat(Problems.databaseUnavailable(new RuntimeException(
				new SQLTransientConnectionException("HikariPool-1 - Connection is not available", "08001"))))
			.isTrue();
	}

	@Test
	void aRefusedStatementOrABugIsNot() {
		assertThat(Problems.databaseUnavailable(new DataIntegrityViolationException("duplicate key",
				new SQLException("duplicate key value violates unique constraint", "23505"))))
			.isFalse();
		assertThat(Problems.databaseUnavailable(new IllegalStateException("a bug"))).isFalse();
		assertThat(Problems.databaseUnavailable(new TransactionException("no transaction in progress"))).isFalse();
	}

}
