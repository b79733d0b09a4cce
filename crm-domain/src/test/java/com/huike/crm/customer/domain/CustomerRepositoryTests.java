package com.huike.crm.customer.domain;

import java.util.Set;

import com.huike.crm.identity.domain.Role;
import com.huike.crm.identity.domain.UserAccount;
import com.huike.crm.identity.domain.UserAccountRepository;
import com.huike.crm.testsupport.JpaTestConfiguration;
import com.huike.crm.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DataJpaTest
@ContextConfiguration(classes = JpaTestConfiguration.class)
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class CustomerRepositoryTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry);
	}

	@Autowired
	CustomerRepository customers;

	@Autowired
	UserAccountRepository users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void customerRoundTripsWithProfileJsonAndSearchTerms() {
		UserAccount owner = users.save(new UserAccount("owner-rt", "x", "经理", Set.of(Role.MANAGER)));
		Customer customer = new Customer("KH-T-1", "张三丰", owner.getId(), owner.getId());
		customer.replaceProfile("{\"nickname\":\"三丰\"}", null, 2);
		customer.reindex("zhangsanfeng", new String[] { "张三", "三丰", "zsf" }, "13812345678");
		customers.saveAndFlush(customer);

		String nickname = jdbc.queryForObject("select profile->>'nickname' from customer where code = 'KH-T-1'",
				String.class);
		assertThat(nickname).isEqualTo("三丰");
		Long found = jdbc.queryForObject("select count(*) from customer where search_terms @> array['三丰']", Long.class);
		assertThat(found).isEqualTo(1L);
	}

	@Test
	void databaseCanIndexChineseText() {
		String ctype = jdbc.queryForObject("select datctype from pg_database where datname = current_database()",
				String.class);
		assertThat(ctype).isEqualTo("C.UTF-8");
		String trigrams = jdbc.queryForObject("select show_trgm('张三丰')::text", String.class);
		// under LC_CTYPE "C" this is empty and trigram indexes cannot serve Chinese text
		assertThat(trigrams).isNotEqualTo("{}");
	}

	@Test
	void secondWriterOfAStaleVersionIsRefused() {
		UserAccount owner = users.save(new UserAccount("owner-lock", "x", "经理", Set.of(Role.MANAGER)));
		Customer saved = customers.saveAndFlush(new Customer("KH-T-2", "李四", owner.getId(), owner.getId()));
		jdbc.update("update customer set version = version + 1 where id = ?", saved.getId());
		saved.rename("李四四");
		assertThatThrownBy(() -> customers.saveAndFlush(saved))
			.isInstanceOf(ObjectOptimisticLockingFailureException.class);
	}

}
