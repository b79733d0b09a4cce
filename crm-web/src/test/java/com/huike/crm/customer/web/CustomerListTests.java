package com.huike.crm.customer.web;

import com.huike.crm.WebIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class CustomerListTests extends WebIntegrationTest {

	private static final RequestPostProcessor MANAGER1 = user("manager1").roles("MANAGER");

	@Test
	void plainFormSearchShowsTheWholePageWithTheMatches() throws Exception {
		register("司马列表", "洛阳列表商行", "13512340001");
		mvc.perform(get("/customers").param("q", "smlb").with(MANAGER1))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html"), containsString("id=\"customer-search\""),
					containsString("司马列表"), containsString("洛阳列表商行"), containsString("value=\"smlb\""))));
	}

	@Test
	void typingInTheBoxGetsOnlyTheResultsFragment() throws Exception {
		register("上官片段", null, "13512340002");
		mvc.perform(get("/customers").param("q", "上官片").header("HX-Request", "true").with(MANAGER1))
			.andExpect(status().isOk())
			.andExpect(header().stringValues("Vary", org.hamcrest.Matchers.hasItem(containsString("HX-Request"))))
			.andExpect(content().string(allOf(containsString("id=\"results\""), containsString("上官片段"),
					not(containsString("<html")), not(containsString("id=\"customer-search\"")))));
	}

	@Test
	void historyRestoreGetsTheWholePage() throws Exception {
		mvc.perform(get("/customers").param("q", "zz")
			.header("HX-Request", "true")
			.header("HX-History-Restore-Request", "true")
			.with(MANAGER1)).andExpect(status().isOk()).andExpect(content().string(containsString("<html")));
	}

	@Test
	void badFilterInputIsExplainedKeptAndTheRestStillSearches() throws Exception {
		register("东方滤错", null, "13512340003");
		mvc.perform(get("/customers").param("q", "东方滤错")
			.param("grade", "Z")
			.param("createdFrom", "2024-13-45")
			.param("birthMonth", "13")
			.param("ownerId", "abc")
			.param("dealStatus", "WON")
			.with(MANAGER1))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("等级应为 A、B、C、D 或 E。"), containsString("建档起始日期无效"),
					containsString("生日月份应为 1 到 12。"), containsString("请从列表中选择客户经理。"), containsString("请从列表中选择成交状态。"),
					containsString("value=\"2024-13-45\""), containsString("东方滤错"))));
	}

	@Test
	void badFilterInputIsExplainedInEnglishToo() throws Exception {
		mvc.perform(get("/customers").param("updatedTo", "yesterday").param("lang", "en").with(MANAGER1))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The &quot;updated to&quot; date is not valid")));
	}

	@Test
	void reversedDateRangeIsExplained() throws Exception {
		mvc.perform(
				get("/customers").param("createdFrom", "2026-02-01").param("createdTo", "2026-01-01").with(MANAGER1))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("截止日期早于起始日期。")));
	}

	@Test
	void managerDoesNotFindAnotherTeamsCustomer() throws Exception {
		register("呼延他组", null, "13512340004");
		mvc.perform(get("/customers").param("q", "呼延他组").with(user("manager3").roles("MANAGER")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString(">呼延他组</a>")), containsString("没有符合条件的客户。"))));
		mvc.perform(get("/customers").param("q", "hytz").with(user("supervisor1").roles("SUPERVISOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">呼延他组</a>")));
	}

	@Test
	void agentIsAskedForAQueryAndSeesContactColumnsOnly() throws Exception {
		register("令狐坐席", "令狐坐席秘密公司", "13512340005");
		mvc.perform(get("/customers").with(user("agent1").roles("AGENT")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请输入姓名、编码或电话查找客户。")));
		mvc.perform(get("/customers").param("q", "13512340005").with(user("agent1").roles("AGENT")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("令狐坐席"), containsString("王经理"),
					not(containsString("令狐坐席秘密公司")), not(containsString("完整度")))));
	}

	@Test
	void theListWithoutWordsPagesByCursorFirstPreviousNextLast() throws Exception {
		for (int i = 0; i < 3; i++) {
			register("翻页" + i, null, "1351234100" + i);
		}
		String first = mvc.perform(get("/customers").param("size", "1").with(MANAGER1))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("rel=\"next\""), containsString("cursor="),
					containsString("末页"), containsString("首页"), not(containsString("第 1/")))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.regex.Matcher next = java.util.regex.Pattern
			.compile("rel=\"next\" href=\"[^\"]*cursor=([A-Za-z0-9_.-]+)")
			.matcher(first);
		assertThat(next.find()).isTrue();
		mvc.perform(get("/customers").param("size", "1").param("cursor", next.group(1)).with(MANAGER1))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("rel=\"prev\""), not(containsString("search.cursor")))));
	}

	@Test
	void anAlteredCursorIsExplainedAndTheFirstPageShown() throws Exception {
		register("错位", null, "13512341010");
		mvc.perform(get("/customers").param("cursor", "abc.def").with(MANAGER1))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("翻页位置（cursor）无效"), containsString("共 "))));
	}

	private void register(String name, String company, String mobile) throws Exception {
		mvc.perform(post("/customers").with(MANAGER1)
			.with(csrf())
			.param("name", name)
			.param("companyName", (company != null) ? company : "")
			.param("mobilePhone", mobile)
			.param("grade", "B")
			.param("dealStatus", "NEGOTIATING")).andExpect(status().is3xxRedirection());
	}

}
