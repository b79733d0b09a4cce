package com.huike.crm.customer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The archives' counts per manager ({@code customer_tally}, V103): the triggers of
 * {@code customer} append, per statement, what it changed in each manager's counts; the
 * dashboard adds the rows up ({@link CustomerFigures}). {@link #compact} replaces the
 * rows of each key by their sum, so that the table stays at about one row per manager,
 * dimension and value. Appending never waits on another transaction; compacting at the
 * same time as another compaction or as new changes loses nothing (a row is deleted once,
 * a row appended after the compaction's snapshot is left for the next one).
 */
@Service
public class CustomerTally {

	/**
	 * The dimensions: the grade, the deal status, the classification, the day (UTC) of
	 * the last change.
	 */
	static final char GRADE = 'G';

	static final char DEAL_STATUS = 'S';

	static final char CLASSIFICATION = 'C';

	static final char CHANGED_ON = 'U';

	private final JdbcTemplate jdbc;

	CustomerTally(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Adds up the rows of every key that has more than one, and drops the keys whose
	 * customers and completeness add up to nothing; returns how many rows there were
	 * before, of the keys compacted.
	 */
	@Transactional
	public int compact() {
		return jdbc.queryForObject("""
				with keys as (
				  select owner_id, dimension, value from customer_tally
				   group by 1, 2, 3 having count(*) > 1 or sum(customers) = 0 and sum(completeness) = 0),
				gone as (
				  delete from customer_tally t using keys k
				   where t.owner_id = k.owner_id and t.dimension = k.dimension and t.value = k.value
				  returning t.*),
				summed as (
				  insert into customer_tally (owner_id, dimension, value, customers, completeness)
				  select owner_id, dimension, value, sum(customers), sum(completeness) from gone
				   group by 1, 2, 3 having sum(customers) <> 0 or sum(completeness) <> 0
				  returning 1)
				select count(*) from gone""", Integer.class);
	}

	/** How many rows the tally has (a compacted tally: one per key). */
	public long rows() {
		return jdbc.queryForObject("select count(*) from customer_tally", Long.class);
	}

}
