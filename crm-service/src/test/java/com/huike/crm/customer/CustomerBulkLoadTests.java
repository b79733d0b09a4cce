package com.huike.crm.customer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import com.huike.crm.testsupport.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.Driver;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark loader on a database of its own (it sets the customer indexes aside while
 * it copies, which no other test may see): a few thousand customers, then the same checks
 * a million would need.
 */
class CustomerBulkLoadTests {

	static final String DATABASE = "bulk_load_test";

	static SimpleDriverDataSource dataSource;

	static JdbcTemplate jdbc;

	static final SensitiveFieldCipher cipher = new SensitiveFieldCipher(SensitiveFieldCipherTests.KEY);

	@BeforeAll
	static void freshDatabase() throws Exception {
		TestDatabase.Connection server = TestDatabase.connection();
		try (Connection admin = DriverManager.getConnection(server.url(), server.username(), server.password());
				Statement statement = admin.createStatement()) {
			statement.execute("drop database if exists " + DATABASE);
			statement.execute("create database " + DATABASE
					+ " encoding 'UTF8' lc_collate 'C.UTF-8' lc_ctype 'C.UTF-8' template template0");
		}
		String url = server.url().replaceFirst("/[^/?]+(\\?|$)", "/" + DATABASE + "$1");
		dataSource = new SimpleDriverDataSource(new Driver(), url, server.username(), server.password());
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		jdbc = new JdbcTemplate(dataSource);
		jdbc.update("insert into team (name) values ('一组')");
		for (String manager : List.of("m1", "m2", "m3")) {
			jdbc.update("insert into app_user (username, password_hash, display_name, team_id)"
					+ " values (?, 'x', ?, (select id from team))", manager, manager);
			jdbc.update(
					"insert into app_user_role (user_id, role) select id, 'MANAGER' from app_user where username = ?",
					manager);
		}
		jdbc.update("insert into app_user (username, password_hash, display_name) values ('agent', 'x', 'agent')");
		jdbc.update(
				"insert into app_user_role (user_id, role) select id, 'AGENT' from app_user where username = 'agent'");
		// a customer typed in before the load keeps its code
		jdbc.update(
				"insert into customer (code, name, owner_id) values ('KH2026000001', '先来', (select min(id) from app_user))");
		jdbc.queryForObject("select setval('customer_code_seq', 1)", Long.class);
	}

	@Test
	void loadsCustomersOverTheManagersAndPutsIndexesAndKeysBack() throws Exception {
		List<String> indexesBefore = indexes();
		List<String> keysBefore = foreignKeys();
		Clock clock = Clock.system(ZoneId.of("Asia/Shanghai"));
		CustomerLoader loader = new CustomerLoader(jdbc, clock, "KH{yyyy}{seq:6}", new ProfileCodec(cipher));

		CustomerBulkLoad.Result result = new CustomerBulkLoad(dataSource, loader, clock)
			.load(jdbc.queryForList("select u.id from app_user u join app_user_role r on r.user_id = u.id"
					+ " where r.role = 'MANAGER' order by u.id", Long.class), 3_000, 7, 2);

		assertThat(result.customers()).isEqualTo(3_000);
		assertThat(result.managers()).isEqualTo(3);
		assertThat(indexes()).containsExactlyInAnyOrderElementsOf(indexesBefore);
		assertThat(foreignKeys()).containsExactlyInAnyOrderElementsOf(keysBefore);
		assertThat(jdbc.queryForObject("select count(*) from customer", Long.class)).isEqualTo(3_001);
		assertThat(jdbc.queryForObject("select count(distinct code) from customer", Long.class)).isEqualTo(3_001);
		// only managers own the customers, each a share
		List<Map<String, Object>> owners = jdbc.queryForList("select u.username, count(*) as n from customer c"
				+ " join app_user u on u.id = c.owner_id where c.name <> '先来' group by u.username");
		assertThat(owners).extracting(o -> o.get("username")).containsExactlyInAnyOrder("m1", "m2", "m3");
		assertThat(owners).allSatisfy(o -> assertThat((Long) o.get("n")).isGreaterThan(800));
		// the next code typed in comes after the loaded ones
		assertThat(jdbc.queryForObject("select nextval('customer_code_seq')", Long.class)).isGreaterThan(3_001);
		// search keys, profiles and encrypted sensitive answers as if typed in
		assertThat(jdbc.queryForObject("select count(*) from customer where name_pinyin = '' or search_terms = '{}'",
				Long.class))
			.isEqualTo(1);
		String secret = jdbc.queryForObject("select sensitive_profile from customer where sensitive_profile is not null"
				+ " and profile ? 'children' order by id limit 1", String.class);
		assertThat(secret).doesNotContain("custody");
		assertThat(cipher.decrypt(secret)).startsWith("{");
		assertThat(jdbc.queryForObject("select max(completeness) from customer", Integer.class)).isGreaterThan(70);
		// the search terms answer again
		String name = jdbc.queryForObject("select name from customer where char_length(name) = 3 order by id limit 1",
				String.class);
		String pair = name.substring(1);
		assertThat(jdbc.queryForList("select name from customer where search_terms @> array[?]::text[]", String.class,
				pair))
			.contains(name);
		// the search terms' table holds every term of every customer, the one typed in
		// before included, and triggers work again
		assertThat(jdbc.queryForObject("select count(*) from customer_search_term", Long.class))
			.isEqualTo(jdbc.queryForObject("select sum(cardinality(search_terms)) from customer", Long.class));
		assertThat(jdbc.queryForList(
				"select c.name from customer_search_term s join customer c on c.id = s.customer_id"
						+ " where s.term = ? and s.name_pinyin = c.name_pinyin and s.owner_id = c.owner_id",
				String.class, pair))
			.contains(name);
		assertThat(jdbc.queryForList("select tgname from pg_trigger where tgrelid = 'customer'::regclass"
				+ " and tgname like 'trg_customer_search_term%' and tgenabled = 'O'", String.class))
			.hasSize(3);
	}

	private List<String> indexes() {
		return jdbc.queryForList(
				"select indexdef from pg_indexes where tablename in ('customer', 'customer_search_term')",
				String.class);
	}

	private List<String> foreignKeys() {
		return jdbc.queryForList("select conname || ' ' || pg_get_constraintdef(oid) from pg_constraint"
				+ " where conrelid = 'customer'::regclass and contype = 'f'", String.class);
	}

}
