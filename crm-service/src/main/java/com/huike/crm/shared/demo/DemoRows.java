package com.huike.crm.shared.demo;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's bulk rows: each feature's generated rows as one JDBC batch per table, the
 * statement's placeholders made from the number of values a row has.
 */
public final class DemoRows {

	private DemoRows() {
	}

	/**
	 * Inserts the rows in one batch.
	 * @param insert the statement up to its values, e.g.
	 * {@code insert into follow_up (id, content) values}
	 * @param values the column values of a row, in the order of the statement's columns
	 */
	public static <T> void insert(JdbcTemplate jdbc, String insert, List<T> rows, Function<T, Object[]> values) {
		if (rows.isEmpty()) {
			return;
		}
		List<Object[]> args = rows.stream().map(values).toList();
		String placeholders = String.join(", ", Collections.nCopies(args.get(0).length, "?"));
		jdbc.batchUpdate(insert + " (" + placeholders + ")", args);
	}

	/** A moment as a {@code timestamptz} parameter. */
	public static OffsetDateTime at(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

}
