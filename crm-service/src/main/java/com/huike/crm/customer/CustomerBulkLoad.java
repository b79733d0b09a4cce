package com.huike.crm.customer;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Loads many generated customers at once, for benchmarks and trials (a million in a few
 * minutes): the customers of {@link CustomerDataGenerator} are spread over the enabled
 * managers and copied ({@code COPY}) over several connections, with the secondary indexes
 * and foreign keys of {@code customer} set aside meanwhile and rebuilt afterwards from
 * their own definitions. The search terms ({@code customer_search_term}, kept by triggers
 * row by row otherwise) are filled afterwards in one statement per connection, their
 * indexes also set aside meanwhile. Meant for a database nobody is working in: while it
 * runs, the customer list has no indexes.
 */
@Service
public class CustomerBulkLoad {

	private static final Logger log = LoggerFactory.getLogger(CustomerBulkLoad.class);

	/** The search terms' table, and the trigger that fills it row by row on insert. */
	private static final String TERMS = "customer_search_term";

	private static final String INSERT_TRIGGER = "trg_customer_search_term_insert";

	private final DataSource dataSource;

	private final JdbcTemplate jdbc;

	private final CustomerLoader loader;

	private final Clock clock;

	public CustomerBulkLoad(DataSource dataSource, CustomerLoader loader, Clock clock) {
		this.dataSource = dataSource;
		this.jdbc = new JdbcTemplate(dataSource);
		this.loader = loader;
		this.clock = clock;
	}

	/**
	 * Adds {@code count} customers generated from {@code seed} over the given managers
	 * (identity's enabled managers, for the command), using {@code threads} connections.
	 */
	public Result load(List<Long> owners, long count, long seed, int threads) throws Exception {
		long started = System.nanoTime();
		if (owners.isEmpty()) {
			throw new IllegalStateException("No enabled manager to own the customers");
		}
		// reserve the code numbers: customer n gets firstCode + n
		Long first = jdbc.queryForObject("select nextval('customer_code_seq')", Long.class);
		jdbc.queryForObject("select setval('customer_code_seq', ?)", Long.class, first + count);
		Long lastBefore = jdbc.queryForObject("select coalesce(max(id), 0) from customer", Long.class);
		List<String> rebuild = setAside("customer");
		List<String> rebuildTerms = setAside(TERMS);
		jdbc.execute("alter table customer disable trigger " + INSERT_TRIGGER);
		long setAside = System.nanoTime();
		CustomerDataGenerator generator = new CustomerDataGenerator(seed, LocalDate.now(clock), clock.getZone());
		AtomicLong copied = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<Long>> parts = new ArrayList<>();
			long chunk = 50_000;
			for (long from = 0; from < count; from += chunk) {
				long start = from;
				long end = Math.min(count, from + chunk);
				parts.add(pool.submit(() -> {
					try (Connection connection = dataSource.getConnection()) {
						connection.setAutoCommit(true);
						long n = loader.copy(connection, generator, start, end, owners, first);
						long done = copied.addAndGet(n);
						log.info("Copied {} of {} customers", done, count);
						return n;
					}
				}));
			}
			for (Future<Long> part : parts) {
				part.get();
			}
		}
		finally {
			long copiedAt = System.nanoTime();
			log.info("Copy took {}; rebuilding {} indexes and keys", Duration.ofNanos(copiedAt - setAside),
					rebuild.size());
			try {
				rebuild(rebuild, pool);
				fillTerms(lastBefore, threads, pool);
				rebuild(rebuildTerms, pool);
			}
			finally {
				jdbc.execute("alter table customer enable trigger " + INSERT_TRIGGER);
				pool.shutdown();
			}
		}
		long rebuilt = System.nanoTime();
		// as autovacuum would soon: hint bits and the visibility map (index-only scans,
		// which the search terms are read by), statistics
		jdbc.execute("vacuum (analyze) customer");
		jdbc.execute("vacuum (analyze) " + TERMS);
		long done = System.nanoTime();
		return new Result(copied.get(), owners.size(), Duration.ofNanos(done - started),
				Duration.ofNanos(rebuilt - setAside), Duration.ofNanos(done - rebuilt));
	}

	/**
	 * The search terms of the customers after {@code lastBefore}, as the trigger of
	 * {@code V88__create_customer_search_term.sql} writes them, one id range per
	 * connection.
	 */
	private void fillTerms(long lastBefore, int threads, ExecutorService pool) {
		Long last = jdbc.queryForObject("select coalesce(max(id), 0) from customer", Long.class);
		long step = Math.max(1, (last - lastBefore + threads - 1) / threads);
		List<Future<?>> running = new ArrayList<>();
		for (long from = lastBefore; from < last; from += step) {
			String range = " where c.id > " + from + " and c.id <= " + Math.min(last, from + step);
			running.add(pool.submit(() -> execute("insert into " + TERMS
					+ " (term, owner_id, name_pinyin, customer_id) select u.t, c.owner_id, c.name_pinyin, c.id"
					+ " from customer c, lateral (select distinct t from unnest(c.search_terms) t) u" + range)));
		}
		for (Future<?> f : running) {
			try {
				f.get();
			}
			catch (Exception ex) {
				throw new IllegalStateException("Filling the search terms failed", ex);
			}
		}
	}

	/**
	 * Drops the secondary indexes and the foreign keys of a table; returns the statements
	 * that create them again (indexes first).
	 */
	private List<String> setAside(String table) {
		List<String[]> indexes = jdbc.query(
				"select i.relname, pg_get_indexdef(i.oid) from pg_index x"
						+ " join pg_class i on i.oid = x.indexrelid where x.indrelid = cast(? as regclass)"
						+ " and not exists (select 1 from pg_constraint c where c.conindid = i.oid) order by i.relname",
				(rs, i) -> new String[] { rs.getString(1), rs.getString(2) }, table);
		List<String[]> keys = jdbc.query(
				"select conname, pg_get_constraintdef(oid) from pg_constraint"
						+ " where conrelid = cast(? as regclass) and contype = 'f' order by conname",
				(rs, i) -> new String[] { rs.getString(1), rs.getString(2) }, table);
		List<String> rebuild = new ArrayList<>();
		for (String[] index : indexes) {
			jdbc.execute("drop index " + quote(index[0]));
			rebuild.add(index[1]);
		}
		for (String[] key : keys) {
			jdbc.execute("alter table " + table + " drop constraint " + quote(key[0]));
			rebuild.add("alter table " + table + " add constraint " + quote(key[0]) + " " + key[1]);
		}
		return rebuild;
	}

	/** Creates the indexes over the pool's connections, then the keys. */
	private void rebuild(List<String> statements, ExecutorService pool) {
		List<Future<?>> running = new ArrayList<>();
		List<String> keys = new ArrayList<>();
		for (String sql : statements) {
			if (sql.startsWith("alter table")) {
				keys.add(sql);
				continue;
			}
			running.add(pool.submit(() -> execute(sql)));
		}
		RuntimeException failure = null;
		for (Future<?> f : running) {
			try {
				f.get();
			}
			catch (Exception ex) {
				failure = new IllegalStateException("Rebuilding an index failed", ex);
			}
		}
		for (String sql : keys) {
			execute(sql);
		}
		if (failure != null) {
			throw failure;
		}
	}

	private Void execute(String sql) {
		long started = System.nanoTime();
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			connection.setAutoCommit(true);
			statement.execute("set maintenance_work_mem = '512MB'");
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql, ex);
		}
		log.info("{} ({})", sql, Duration.ofNanos(System.nanoTime() - started));
		return null;
	}

	private static String quote(String identifier) {
		return '"' + identifier.replace("\"", "\"\"") + '"';
	}

	/** What a load did and how long its steps took. */
	public record Result(long customers, int managers, Duration total, Duration copyAndRebuild, Duration analyze) {
	}

}
