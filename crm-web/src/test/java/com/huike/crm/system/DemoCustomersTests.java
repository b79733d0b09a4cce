package com.huike.crm.system;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;

import com.huike.crm.WebIntegrationTest;
import com.huike.crm.customer.CustomerDataGenerator;
import com.huike.crm.customer.CustomerLoader;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.domain.UserAccount;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class DemoCustomersTests extends WebIntegrationTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identity;

	@Autowired
	CustomerLoader loader;

	@Test
	void demoHoldsTheGeneratedCustomersSpreadOverTheThreeManagers() {
		CustomerDataGenerator generator = new CustomerDataGenerator(CustomerDataGenerator.DEMO_SEED,
				LocalDate.now(clock), ZoneId.of("Asia/Shanghai"));
		List<String> managers = List.of("manager1", "manager2", "manager3");
		List<Long> ids = managers.stream().map(this::id).toList();
		IntStream.range(0, DemoCustomers.COUNT).mapToObj(i -> generator.customer(i, 3)).forEach(expected -> {
			Long owner = ids.get(expected.ownerSlot());
			Integer found = jdbc.queryForObject(
					"select count(*) from customer where name = ? and owner_id = ? and grade = ? and classification = ?",
					Integer.class, expected.name(), owner, expected.grade().name(), expected.classification());
			assertThat(found).as(expected.name()).isPositive();
		});
		for (Long id : ids) {
			assertThat(jdbc.queryForObject("select count(*) from customer where owner_id = ?", Integer.class, id))
				.isGreaterThan(60);
		}
	}

	@Test
	void demoProfilesAreFilledToVaryingDegrees() {
		List<Integer> completeness = jdbc.queryForList(
				"select completeness from customer where owner_id = ? and profile <> '{}'::jsonb", Integer.class,
				id("manager1"));
		assertThat(completeness).hasSizeGreaterThan(60);
		assertThat(completeness.stream().mapToInt(Integer::intValue).min().orElseThrow()).isLessThan(40);
		assertThat(completeness.stream().mapToInt(Integer::intValue).max().orElseThrow()).isGreaterThan(70);
	}

	@Test
	void loadingTheDemoAgainCreatesNothing() {
		List<Long> ids = List.of(id("manager1"), id("manager2"), id("manager3"));
		assertThat(loader.loadDemo(ids, DemoCustomers.COUNT)).isZero();
	}

	@Test
	void demoCustomerWithAPolyphonicSurnameIsFoundByItsSurnameReading() throws Exception {
		String owner = jdbc.queryForObject("select u.username from customer c join app_user u on u.id = c.owner_id"
				+ " where c.name like '单%' order by c.id limit 1", String.class);
		String name = jdbc.queryForObject("select name from customer where name like '单%' order by id limit 1",
				String.class);
		mvc.perform(get("/customers").param("q", "shan").with(user(owner).roles("MANAGER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">" + name + "</a>")));
	}

	private Long id(String username) {
		return identity.findByUsername(username).map(UserAccount::getId).orElseThrow();
	}

}
