package com.huike.crm.system;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.huike.crm.WebIntegrationTest;
import com.huike.crm.care.domain.CareTaskKind;
import com.huike.crm.care.web.CareWebFixtures;
import com.huike.crm.customer.CustomerService;
import com.huike.crm.identity.IdentityService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every form of the archive, the follow-ups, care and demands, each field in turn given a
 * hostile value (a NUL, other control characters, a number too large for any column,
 * words where a number belongs, a date of year one, a very long text, an unknown option):
 * the answer is the form again with a message (or the saved result), never a 500 — and a
 * text with a control character is never stored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileFormsTests extends WebIntegrationTest {

	private static final RequestPostProcessor MANAGER1 = user("manager1").roles("MANAGER");

	static final List<String> HOSTILE = List.of("a\u0000b", "名\u0007字", "99999999999999999999", "abc", "-1",
			"0001-01-01", "-0005-01-01", "1e400", "x".repeat(5000), "ZZZ", " ", "\u202e\u202d");

	@Autowired
	CustomerService customers;

	@Autowired
	IdentityService identity;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	java.time.Clock clock;

	@Autowired
	CareWebFixtures fixtures;

	Long customer;

	@Autowired
	com.huike.crm.visitplan.VisitPlanService visitPlans;

	Long task;

	/** A draft visit plan of manager1, far ahead. */
	Long plan;

	java.time.YearMonth planMonth;

	@BeforeAll
	void customerOfManager1() {
		CareWebFixtures.Customer c = fixtures.customer("manager1");
		customer = c.id();
		task = fixtures.task(c, "manager1", CareTaskKind.BIRTHDAY, 3);
		planMonth = java.time.YearMonth.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).plusMonths(40);
		com.huike.crm.identity.Viewer manager1 = fixtures.viewer("manager1");
		plan = visitPlans.generate(manager1.userId(), planMonth, manager1);
	}

	/** Each form with a valid submission. */
	Stream<Arguments> forms() {
		String today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).toString();
		Map<String, Map<String, String>> forms = new LinkedHashMap<>();
		forms.put("/customers", Map.of("name", "敌意客户", "companyName", "公司", "mobilePhone", "13800001111", "officePhone",
				"", "grade", "D", "dealStatus", "POTENTIAL", "classification", "便利店"));
		forms.put("/customers/" + customer + "/follow-ups",
				Map.of("occurredAt", today + " 00:01", "channel", "PHONE", "content", "电话", "outcome", "", "nextStep",
						"", "dealStatus", "POTENTIAL", "importance", "IMPORTANT", "need", "TARGET", "grade", "B",
						"reason", "手动"));
		forms.put("/customers/" + customer + "/grade", Map.of("dealStatus", "POTENTIAL", "grade", "B", "reason", "手动"));
		forms.put("/customers/" + customer + "/credit",
				Map.of("creditRating", "A", "creditLimit", "1000", "paymentMethod", "ON_ACCOUNT", "paymentTermDays",
						"30", "financialRecords", "", "bankNotes", "", "version", ""));
		forms.put("/customers/" + customer + "/transactions", Map.of("date", today, "product", "中华(硬)", "model",
				"硬盒20支", "colourStyle", "", "quantity", "2", "unitPrice", "45.00", "amount", "90.00", "note", ""));
		forms.put("/customers/" + customer + "/reports",
				Map.of("date", today, "kind", "VISIT", "title", "拜访", "content", "内容"));
		forms.put("/customers/" + customer + "/sections/personal/edit",
				Map.of("version", "0", "nickname", "小王", "birthplace", "福建福州", "birthDate", "1980-05-06"));
		forms.put("/demands", Map.of("customerId", String.valueOf(customer), "customerQuery", code(customer), "product",
				"玉溪(软)", "quantity", "3", "requestedOn", today, "note", ""));
		forms.put("/care/tasks/" + task + "/done", Map.of("channel", "PHONE", "note", "已电话问候", "returnTo", "tasks"));
		forms.put("/visit-plans/" + plan + "/actions", Map.of("customerCode", code(customer), "day",
				planMonth.atDay(10).toString(), "actionTypeId",
				String.valueOf(jdbc.queryForObject("select min(id) from visit_action_type", Long.class)), "note",
				"敌意备注", "version",
				String.valueOf(jdbc.queryForObject("select version from visit_plan where id = ?", Long.class, plan))));
		forms.put("/visit-plans/generate", Map.of("month", planMonth.toString()));
		List<Arguments> cases = new ArrayList<>();
		forms.forEach((url, fields) -> fields.keySet().forEach(field -> cases.add(Arguments.of(url, field, fields))));
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("forms")
	void aHostileValueInAnyFieldIsNeverA500(String url, String field, Map<String, String> valid) throws Exception {
		for (String value : HOSTILE) {
			MockHttpServletRequestBuilder request = post(url).with(MANAGER1).with(csrf());
			valid.forEach((name, v) -> request.param(name, name.equals(field) ? value : v));
			MvcResult result = mvc.perform(request).andReturn();
			int status = result.getResponse().getStatus();
			String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(status).as(url + " " + field + "=" + printable(value)).isLessThan(500);
			assertThat(body).as(url + " " + field).doesNotContain("Exception");
		}
		// nothing with a NUL or a bell made it into a table
		for (String table : List.of("customer", "follow_up", "customer_transaction", "customer_report",
				"customer_credit", "demand_registration", "care_task", "visit_action")) {
			Long stored = jdbc.queryForObject(
					"select count(*) from " + table + " t where t::text ~ '[\\x01-\\x08\\x0b\\x0c\\x0e-\\x1f]'",
					Long.class);
			assertThat(stored).as("control characters stored in " + table).isZero();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pages")
	void hostileParametersOfPagesAreNeverA500(String url) throws Exception {
		for (String value : HOSTILE) {
			for (String parameter : List.of("q", "page", "size", "sort", "grade", "birthMonth", "createdFrom", "year",
					"managerId", "open", "lang")) {
				int status = mvc.perform(get(url).param(parameter, value).with(MANAGER1))
					.andReturn()
					.getResponse()
					.getStatus();
				assertThat(status).as(url + "?" + parameter + "=" + printable(value)).isLessThan(500);
			}
		}
	}

	Stream<String> pages() {
		return Stream.of("/customers", "/agenda", "/grades", "/care/tasks", "/demands", "/customers/" + customer,
				"/customers/" + customer + "/timeline", "/customers/" + customer + "/transactions",
				"/customers/" + customer + "/history", "/customers/" + customer + "/follow-ups/new", "/visit-plans",
				"/visit-plans/" + plan, "/visit-plans/" + plan + "/days/" + planMonth.atDay(3), "/visit-plans/team");
	}

	private String code(Long id) {
		return jdbc.queryForObject("select code from customer where id = ?", String.class, id);
	}

	private static String printable(String value) {
		String shown = (value.length() > 20) ? value.substring(0, 20) + "…(" + value.length() + ")" : value;
		return shown.codePoints()
			.mapToObj(c -> (c < 0x20 || (c >= 0x202a && c <= 0x202e)) ? String.format("\\u%04x", c)
					: new String(Character.toChars(c)))
			.reduce("", String::concat);
	}

}
