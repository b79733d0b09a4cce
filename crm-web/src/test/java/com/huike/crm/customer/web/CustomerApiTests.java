package com.huike.crm.customer.web;

import com.huike.crm.WebIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static com.huike.crm.customer.web.ArchivePartFixtures.AGENT1;
import static com.huike.crm.customer.web.ArchivePartFixtures.MANAGER1;
import static com.huike.crm.customer.web.ArchivePartFixtures.MANAGER3;
import static com.huike.crm.customer.web.ArchivePartFixtures.SUPERVISOR1;
import static com.huike.crm.customer.web.ArchivePartFixtures.customerOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class CustomerApiTests extends WebIntegrationTest {

	private static final RequestPostProcessor BASIC_MANAGER1 = httpBasic("manager1", "demo123");

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void basicAuthenticatedClientRegistersACustomerWithoutCsrfToken() throws Exception {
		MvcResult created = mvc
			.perform(post("/api/v1/customers").with(BASIC_MANAGER1).contentType(MediaType.APPLICATION_JSON).content("""
					{"name":"令狐冲","companyName":"华山贸易","mobilePhone":"13611112222","grade":"C",
					 "dealStatus":"NEGOTIATING","classification":"便利店"}"""))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/customers/")))
			.andExpect(jsonPath("$.code").isString())
			.andExpect(jsonPath("$.name").value("令狐冲"))
			.andExpect(jsonPath("$.grade").value("C"))
			.andExpect(jsonPath("$.owner.name").value("王经理"))
			.andExpect(jsonPath("$.version").isNumber())
			.andReturn();
		String location = created.getResponse().getHeader("Location");
		mvc.perform(get(location).with(BASIC_MANAGER1))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.companyName").value("华山贸易"));
	}

	@Test
	void sessionClientsNeedTheCsrfTokenToWrite() throws Exception {
		String body = "{\"name\":\"岳灵珊\",\"grade\":\"C\",\"dealStatus\":\"POTENTIAL\"}";
		mvc.perform(post("/api/v1/customers").with(MANAGER1).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/customers").with(MANAGER1)
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andExpect(status().isCreated());
	}

	@Test
	void anonymousCallersAreAskedForCredentials() throws Exception {
		mvc.perform(get("/api/v1/customers"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Basic")));
		mvc.perform(get("/api/v1/customers").with(httpBasic("manager1", "wrong"))).andExpect(status().isUnauthorized());
	}

	@Test
	void anotherManagersCustomerIsNotFound() throws Exception {
		long id = customerOf(mvc, MANAGER1, "林平之");
		mvc.perform(get("/api/v1/customers/{id}", id).with(MANAGER3))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.title").value("找不到该资源"))
			.andExpect(jsonPath("$.trace").doesNotExist());
		mvc.perform(put("/api/v1/customers/{id}", id).with(httpBasic("manager3", "demo123"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":0,\"name\":\"改名\",\"grade\":\"A\",\"dealStatus\":\"CLOSED\"}"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/customers/{id}", id).with(SUPERVISOR1))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("林平之"));
		mvc.perform(get("/api/v1/customers/{id}", id).with(httpBasic("admin", "demo123")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.companyName").value("林平之商贸有限公司"));
	}

	@Test
	void agentsSeeOnlyNameCodePhonesAndOwnerAndCannotChangeAnything() throws Exception {
		long id = customerOf(mvc, MANAGER1, "任盈盈");
		mvc.perform(get("/api/v1/customers/{id}", id).with(AGENT1))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("任盈盈"))
			.andExpect(jsonPath("$.code").isString())
			.andExpect(jsonPath("$.mobilePhone").value("13800001234"))
			.andExpect(jsonPath("$.owner.name").value("王经理"))
			.andExpect(jsonPath("$.companyName").doesNotExist())
			.andExpect(jsonPath("$.grade").doesNotExist())
			.andExpect(jsonPath("$.version").doesNotExist());
		mvc.perform(get("/api/v1/customers").with(AGENT1).param("q", "任盈盈"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].name").value("任盈盈"))
			.andExpect(jsonPath("$.content[0].companyName").doesNotExist())
			.andExpect(jsonPath("$.content[0].grade").doesNotExist());
		mvc.perform(put("/api/v1/customers/{id}", id).with(httpBasic("agent1", "demo123"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":0,\"name\":\"改名\",\"grade\":\"A\",\"dealStatus\":\"CLOSED\"}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.title").value("无权操作"));
		mvc.perform(get("/api/v1/customers/{id}/transactions", id).with(AGENT1)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/customers/{id}/credit", id).with(AGENT1)).andExpect(status().isNotFound());
	}

	@Test
	void theListTakesTheFiltersOfTheListPage() throws Exception {
		customerOf(mvc, MANAGER1, "东方不败");
		mvc.perform(get("/api/v1/customers").with(MANAGER1)
			.param("q", "东方不败")
			.param("grade", "D")
			.param("dealStatus", "CLOSED")
			.param("size", "5")
			.param("sort", "name,asc"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.size").value(5))
			.andExpect(jsonPath("$.content[*].name", hasItem("东方不败")));
		mvc.perform(get("/api/v1/customers").with(MANAGER1).param("q", "东方不败").param("grade", "E"))
			.andExpect(jsonPath("$.totalElements").value(0));
		mvc.perform(get("/api/v1/customers").with(MANAGER3).param("q", "东方不败"))
			.andExpect(jsonPath("$.totalElements").value(0));
	}

	@Test
	void theListWithoutWordsGivesCursorsThatWalkOnAndBackAndRefusesAlteredOnes() throws Exception {
		customerOf(mvc, MANAGER1, "游标甲");
		customerOf(mvc, MANAGER1, "游标乙");
		customerOf(mvc, MANAGER1, "游标丙");
		String first = mvc.perform(get("/api/v1/customers").with(MANAGER1).param("size", "2").param("sort", "code"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.next").isString())
			.andExpect(jsonPath("$.previous").doesNotExist())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String next = com.jayway.jsonpath.JsonPath.read(first, "$.next");
		String second = mvc.perform(
				get("/api/v1/customers").with(MANAGER1).param("size", "2").param("sort", "code").param("cursor", next))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.previous").isString())
			.andExpect(jsonPath("$.content.length()").value(2))
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.List<Integer> firstIds = com.jayway.jsonpath.JsonPath.read(first, "$.content[*].id");
		java.util.List<Integer> secondIds = com.jayway.jsonpath.JsonPath.read(second, "$.content[*].id");
		assertThat(secondIds).doesNotContainAnyElementsOf(firstIds);
		// back again
		String previous = com.jayway.jsonpath.JsonPath.read(second, "$.previous");
		mvc.perform(get("/api/v1/customers").with(MANAGER1)
			.param("size", "2")
			.param("sort", "code")
			.param("cursor", previous))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].id").value(firstIds.get(0)))
			.andExpect(jsonPath("$.content[1].id").value(firstIds.get(1)));
		// altered, of another sort, or with words: 400 with the field named
		for (String[] bad : new String[][] { { "cursor", next.substring(1) }, { "sort", "name" }, { "q", "游标" } }) {
			mvc.perform(get("/api/v1/customers").with(MANAGER1)
				.param("size", "2")
				.param("sort", bad[0].equals("sort") ? bad[1] : "code")
				.param("q", bad[0].equals("q") ? bad[1] : "")
				.param("cursor", bad[0].equals("cursor") ? bad[1] : next))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[0].field").value("cursor"))
				.andExpect(jsonPath("$.errors[0].message").value(containsString("翻页位置")));
		}
	}

	@Test
	void pagingAndSortingMistakesAreNamedInTheCallersLanguage() throws Exception {
		mvc.perform(get("/api/v1/customers").with(MANAGER1).param("size", "101"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("size"))
			.andExpect(jsonPath("$.errors[0].message").value("每页条数应为 1 到 100。"));
		mvc.perform(
				get("/api/v1/customers").with(MANAGER1).header("Accept-Language", "en-US,en;q=0.8").param("size", "0"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Invalid request"))
			.andExpect(jsonPath("$.errors[0].message").value("The page size is 1 to 100."));
		mvc.perform(get("/api/v1/customers").with(MANAGER1).param("sort", "password,desc"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sort"));
		mvc.perform(get("/api/v1/customers").with(MANAGER1).param("grade", "Z"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("grade"));
		mvc.perform(get("/api/v1/customers").with(MANAGER1).param("birthMonth", "13"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("birthMonth"))
			.andExpect(jsonPath("$.errors[0].message").value("生日月份应为 1 到 12。"));
	}

	@Test
	void anUpdateWithTheCurrentVersionIsSavedAndAStaleOneIsAConflict() throws Exception {
		long id = customerOf(mvc, MANAGER1, "田伯光");
		long version = jdbc.queryForObject("select version from customer where id = ?", Long.class, id);
		MvcResult updated = mvc
			.perform(put("/api/v1/customers/{id}", id).with(BASIC_MANAGER1)
				.contentType(MediaType.APPLICATION_JSON)
				.content(update(version, "田伯光", "13955556666", "D")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.mobilePhone").value("13955556666"))
			.andExpect(jsonPath("$.dealStatus").value("NEGOTIATING"))
			.andExpect(jsonPath("$.birthDate").value("1980-05-06"))
			.andExpect(jsonPath("$.birthLunar").value(true))
			.andReturn();
		long newVersion = jdbc.queryForObject("select version from customer where id = ?", Long.class, id);
		assertThat(newVersion).isGreaterThan(version);
		assertThat(updated.getResponse().getContentAsString()).contains("\"version\":" + newVersion);
		assertThat(jdbc.queryForObject("select old_value || '→' || new_value from customer_change"
				+ " where customer_id = ? and field = 'dealStatus'", String.class, id))
			.isEqualTo("CLOSED→NEGOTIATING");
		assertThat(jdbc.queryForObject(
				"select count(*) from customer where id = ? and phone_digits like '%13955556666%'", Long.class, id))
			.isOne();

		mvc.perform(put("/api/v1/customers/{id}", id).with(BASIC_MANAGER1)
			.contentType(MediaType.APPLICATION_JSON)
			.content(update(version, "田伯光", "13700000000", "D")))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.currentVersion").value(newVersion))
			.andExpect(jsonPath("$.detail", containsString("当前版本为 " + newVersion)));
		mvc.perform(put("/api/v1/customers/{id}", id).with(BASIC_MANAGER1)
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(update(version, "田伯光", "13700000000", "D")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("current version is " + newVersion)));
		assertThat(jdbc.queryForObject("select mobile_phone from customer where id = ?", String.class, id))
			.isEqualTo("13955556666");
	}

	@Test
	void theGradeIsNotChangedByAPlainUpdate() throws Exception {
		long id = customerOf(mvc, MANAGER1, "不戒和尚");
		long version = jdbc.queryForObject("select version from customer where id = ?", Long.class, id);
		mvc.perform(put("/api/v1/customers/{id}", id).with(BASIC_MANAGER1)
			.contentType(MediaType.APPLICATION_JSON)
			.content(update(version, "不戒和尚", "13955556666", "A")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("grade"))
			.andExpect(jsonPath("$.errors[0].message", containsString("等级须通过定级或追踪记录确定")));
		assertThat(jdbc.queryForObject("select grade from customer where id = ?", String.class, id)).isEqualTo("D");
	}

	@Test
	void validationErrorsAreProblemDetailsInChineseByDefaultAndEnglishOnRequest() throws Exception {
		long id = customerOf(mvc, MANAGER1, "仪琳");
		String bad = "{\"version\":0,\"name\":\"\",\"mobilePhone\":\"12345\",\"grade\":\"A\",\"dealStatus\":\"CLOSED\"}";
		mvc.perform(put("/api/v1/customers/{id}", id).with(BASIC_MANAGER1)
			.contentType(MediaType.APPLICATION_JSON)
			.content(bad))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.title").value("请求数据有误"))
			.andExpect(jsonPath("$.errors[?(@.field == 'mobilePhone')].message")
				.value(hasItem("手机号码应为 11 位数字，以 13–19 开头。")))
			.andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value(hasItem("请填写客户姓名。")));
		mvc.perform(put("/api/v1/customers/{id}", id).with(BASIC_MANAGER1)
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(bad))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Invalid request"))
			.andExpect(jsonPath("$.errors[?(@.field == 'mobilePhone')].message")
				.value(hasItem("A mobile number has 11 digits and starts with 13–19.")));
		mvc.perform(put("/api/v1/customers/{id}", id).with(BASIC_MANAGER1)
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"version\":0,\"name\":\"仪琳\",\"grade\":\"D\",\"dealStatus\":\"CLOSED\",\"birthDate\":\"2999-01-01\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("birthDate"))
			.andExpect(jsonPath("$.errors[0].message").value("出生日期不能晚于今天。"));
	}

	@Test
	void unreadableBodiesNameTheFieldAndNeverShowAStackTrace() throws Exception {
		long id = customerOf(mvc, MANAGER1, "向问天");
		mvc.perform(put("/api/v1/customers/{id}", id).with(BASIC_MANAGER1)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":0,\"name\":\"向问天\",\"grade\":\"Q\",\"dealStatus\":\"CLOSED\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("请求内容无法解析"))
			.andExpect(jsonPath("$.errors[0].field").value("grade"))
			.andExpect(content().string(not(containsString("Exception"))));
		mvc.perform(put("/api/v1/customers/{id}", id).with(BASIC_MANAGER1)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{not json"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(not(containsString("Exception"))));
		mvc.perform(put("/api/v1/customers/{id}", id).with(BASIC_MANAGER1)
			.contentType(MediaType.TEXT_PLAIN)
			.content("name=x")).andExpect(status().isUnsupportedMediaType());
	}

	private static String update(long version, String name, String mobile, String grade) {
		return """
				{"version":%d,"name":"%s","companyName":"日月神教","mobilePhone":"%s","officePhone":"0571-88886666",
				 "grade":"%s","dealStatus":"NEGOTIATING","classification":"批发","birthDate":"1980-05-06",
				 "birthLunar":true}""".formatted(version, name, mobile, grade);
	}

}
