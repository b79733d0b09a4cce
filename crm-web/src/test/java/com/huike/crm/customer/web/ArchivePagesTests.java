package com.huike.crm.customer.web;

import java.util.List;

import com.huike.crm.WebIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.huike.crm.customer.web.ArchiveFixtures.as;
import static com.huike.crm.customer.web.ArchiveFixtures.customer;
import static com.huike.crm.customer.web.ArchiveFixtures.save;
import static com.huike.crm.customer.web.ArchiveFixtures.version;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ArchivePagesTests extends WebIntegrationTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void detailPageShowsTheSevenSectionsWithUnansweredQuestionsAndCompleteness() throws Exception {
		long id = customer(mvc, "manager1", "柏文静");
		mvc.perform(get("/customers/{id}", id).with(as("manager1")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("客户资料"), containsString("教育背景"), containsString("家庭"),
					containsString("业务背景资料"), containsString("特殊兴趣"), containsString("生活方式"), containsString("客户和你"),
					containsString("经营与交易情况"))))
			.andExpect(content().string(containsString("身高 / 体重 / 身体五官特征(如秃头、关节炎、严重背部问题等)")))
			.andExpect(content().string(containsString("未填写")))
			.andExpect(content().string(containsString("id=\"completeness\"")))
			.andExpect(content().string(containsString("id=\"freshness\"")))
			.andExpect(content().string(containsString("/customers/" + id + "/print")));
	}

	@Test
	void ownerEditsTheCustomerDataSectionIncludingTheCoreColumns() throws Exception {
		long id = customer(mvc, "manager1", "甘雨桐");
		long v = version(mvc, "manager1", id, "personal");
		mvc.perform(save(id, "personal", v, "manager1").param("name", "甘雨彤")
			.param("nickname", "小彤")
			.param("jobTitle", "采购总监")
			.param("companyName", "杭州雨彤贸易有限公司")
			.param("companyAddress", "杭州市西湖区文三路 90 号")
			.param("officePhone", "0571-88886666")
			.param("homePhone", "")
			.param("mobilePhone", "13912340001")
			.param("birthDate", "1978-03-08")
			.param("_birthDateLunar", "on")
			.param("birthDateLunar", "true")
			.param("birthplace", "绍兴")
			.param("nativePlace", "浙江绍兴")
			.param("heightCm", "168")
			.param("weightKg", "55.5")
			.param("physicalFeatures", "左膝关节炎"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/customers/" + id + "#section-personal"));
		mvc.perform(get("/customers/{id}", id).with(as("manager1")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("甘雨彤"), containsString("小彤"), containsString("采购总监"),
					containsString("0571-88886666"), containsString("1978-03-08 (农历)"), containsString("55.5"),
					containsString("左膝关节炎"))));
		assertThat(jdbc.queryForObject("select name_pinyin from customer where id = ?", String.class, id))
			.startsWith("gan yu");
		assertThat(jdbc.queryForObject("select birth_lunar from customer where id = ?", Boolean.class, id)).isTrue();
		// questions 1–6 less 4, whose 电话(宅) is left empty
		assertThat(jdbc.queryForObject("select completeness from customer where id = ?", Integer.class, id))
			.isEqualTo(Math.round(5 * 100f / 66));
		// what is counted shows: 6 questions less question 4, marked as begun
		mvc.perform(get("/customers/{id}", id).with(as("manager1")))
			.andExpect(content().string(containsString("已填全 5/6 题")))
			.andExpect(content().string(containsString("已填全 5/66 题")))
			.andExpect(content().string(containsString("partly-answered")));
		assertThat(jdbc.queryForObject("select profile::text from customer where id = ?", String.class, id))
			.contains("小彤")
			.doesNotContain("关节炎")
			.doesNotContain("heightCm");
		assertThat(jdbc.queryForObject("select sensitive_profile from customer where id = ?", String.class, id))
			.startsWith("v1:")
			.doesNotContain("关节炎");
	}

	@Test
	void everyOtherSectionSavesAndShowsItsAnswers() throws Exception {
		long id = customer(mvc, "manager1", "柴思远");
		List<String[]> sections = List.of(
				new String[] { "education", "college", "浙江大学", "graduationDate", "1998-07-01", "mindsNoDegree", "NO" },
				new String[] { "family", "maritalStatus", "MARRIED", "spouseName", "林晓", "weddingAnniversary",
						"2001-10-01" },
				new String[] { "background", "prevEmployer", "宁波港务", "prevEmploymentFrom", "1999-01-01",
						"usesConsultants", "YES" },
				new String[] { "interests", "privateClubs", "西湖高尔夫俱乐部", "religion", "佛教", "communityActive",
						"UNKNOWN" },
				new String[] { "lifestyle", "favouriteDishes", "杭帮菜", "medicalHistory", "轻度高血压", "smokes", "NO" },
				new String[] { "relationship", "keyProblems", "回款周期长", "otherNotes", "不喜欢电话推销", "selfCentred", "YES" },
				new String[] { "facts", "businessSpeciality", "华东区家电分销", "competitors", "国美、苏宁", "tradingStatus",
						"月均进货 30 万" },
				new String[] { "head", "dealStatus", "CLOSED", "classification", "重点客户", "dealStatus", "CLOSED" });
		for (String[] s : sections) {
			long v = version(mvc, "manager1", id, s[0]);
			mvc.perform(save(id, s[0], v, "manager1").param(s[1], s[2]).param(s[3], s[4]).param(s[5], s[6]))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/customers/" + id + "#section-" + s[0]));
		}
		mvc.perform(get("/customers/{id}", id).with(as("manager1")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("浙江大学"), containsString("1998-07-01"),
					containsString("已婚"), containsString("林晓"), containsString("宁波港务"), containsString("西湖高尔夫俱乐部"),
					containsString("佛教"), containsString("不详"), containsString("杭帮菜"), containsString("轻度高血压"),
					containsString("回款周期长"), containsString("不喜欢电话推销"), containsString("华东区家电分销"),
					containsString("国美、苏宁"), containsString("重点客户"), containsString("已成交"))));
		assertThat(jdbc.queryForObject("select deal_status from customer where id = ?", String.class, id))
			.isEqualTo("CLOSED");
	}

	@Test
	void theArchiveShowsQuestionsSeventeenToNineteenEachWithItsNumber() throws Exception {
		long id = customer(mvc, "manager1", "邵二鸣");
		mvc.perform(get("/customers/{id}", id).with(as("manager1")))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("id=\"q17\""), containsString("id=\"q18\""), containsString("id=\"q19\""))));
		long v = version(mvc, "manager1", id, "family");
		mvc.perform(save(id, "family", v, "manager1").param("_children", "on")
			.param("children[0].name", "邵子涵")
			.param("children[0].birthDate", "2008-05-01")
			.param("children[0].education", "杭州二中")
			.param("children[0].interests", "围棋")).andExpect(status().is3xxRedirection());
		String page = mvc.perform(get("/customers/{id}", id).with(as("manager1")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String q18 = page.substring(page.indexOf("id=\"q18\""), page.indexOf("id=\"q19\""));
		assertThat(q18).contains("18.").contains("子女教育").contains("邵子涵").contains("杭州二中").doesNotContain("围棋");
		assertThat(page.substring(page.indexOf("id=\"q19\""))).contains("19.").contains("子女喜好").contains("围棋");
	}

	@Test
	void childrenRowsAreAddedAndRemovedWithoutJavaScript() throws Exception {
		long id = customer(mvc, "manager1", "邵一鸣");
		mvc.perform(get("/customers/{id}/sections/family/edit", id).with(as("manager1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"children[0].name\"")))
			.andExpect(content().string(not(containsString("name=\"children[1].name\""))));
		long v = version(mvc, "manager1", id, "family");
		mvc.perform(save(id, "family", v, "manager1").param("_children", "on")
			.param("children[0].name", "邵子涵")
			.param("children[0].birthDate", "2008-05-01")
			.param("children[0].custody", "YES")
			.param("children[0].education", "杭州二中")
			.param("children[1].name", "邵子墨")
			.param("children[1].interests", "围棋")
			.param("children[2].name", "")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/customers/{id}/sections/family/edit", id).with(as("manager1")))
			.andExpect(content().string(allOf(containsString("value=\"邵子涵\""), containsString("value=\"邵子墨\""),
					containsString("name=\"children[2].name\""))));
		mvc.perform(save(id, "family", v, "manager1").param("_children", "on")
			.param("children[0].name", "邵子涵")
			.param("_addChild", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"children[2].name\"")));
		v = version(mvc, "manager1", id, "family");
		mvc.perform(save(id, "family", v, "manager1").param("_children", "on")
			.param("children[0].name", "邵子涵")
			.param("children[0].birthDate", "2008-05-01")
			.param("children[0].custody", "YES")
			.param("children[0].education", "杭州二中")
			.param("children[1].name", "邵子墨")
			.param("children[1].interests", "围棋")
			.param("children[1]._remove", "true")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/customers/{id}/sections/family/edit", id).with(as("manager1")))
			.andExpect(content().string(allOf(containsString("value=\"邵子涵\""), containsString("value=\"杭州二中\""),
					not(containsString("value=\"邵子墨\"")))));
		mvc.perform(get("/customers/{id}", id).with(as("manager1")))
			.andExpect(content().string(matchesPattern("(?s).*2008-05-01 （\\d+ 岁）.*")));
	}

	@Test
	void invalidAnswersAreExplainedInChineseAndTheFormKeepsWhatWasTyped() throws Exception {
		long id = customer(mvc, "manager1", "花满楼");
		long v = version(mvc, "manager1", id, "personal");
		mvc.perform(save(id, "personal", v, "manager1").param("name", "花满楼")
			.param("nickname", "七童")
			.param("mobilePhone", "12345")
			.param("officePhone", "88886666")
			.param("birthDate", "2999-01-01")
			.param("heightCm", "300")
			.param("weightKg", "很重"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("手机号码应为 11 位数字"), containsString("固定电话应带区号"),
					containsString("日期不能晚于今天"), containsString("应在 50 到 250 之间"), containsString("请输入数字"))))
			.andExpect(content().string(allOf(containsString("value=\"七童\""), containsString("value=\"12345\""),
					containsString("value=\"88886666\""), containsString("value=\"2999-01-01\""),
					containsString("value=\"300\""), containsString("value=\"很重\""))));
		assertThat(jdbc.queryForObject("select profile::text from customer where id = ?", String.class, id))
			.doesNotContain("七童");
	}

	@Test
	void datesMustMakeSense() throws Exception {
		long id = customer(mvc, "manager1", "陆小凤");
		long v = version(mvc, "manager1", id, "personal");
		mvc.perform(save(id, "personal", v, "manager1").param("birthDate", "1980-02-02"))
			.andExpect(status().is3xxRedirection());
		v = version(mvc, "manager1", id, "education");
		mvc.perform(save(id, "education", v, "manager1").param("graduationDate", "1979-07-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("应晚于出生日期（1980-02-02）")))
			.andExpect(content().string(containsString("value=\"1979-07-01\"")));
		v = version(mvc, "manager1", id, "background");
		mvc.perform(save(id, "background", v, "manager1").param("prevEmploymentFrom", "2010-01-01")
			.param("prevEmploymentTo", "2005-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("受雇时间的起始日期不能晚于截止日期")));
	}

	@Test
	void saveAgainstAStaleVersionIsRefusedAndShowsWhatChangedMeanwhile() throws Exception {
		long id = customer(mvc, "manager1", "楚留香");
		long opened = version(mvc, "manager1", id, "lifestyle");
		// the supervisor saves first
		mvc.perform(save(id, "lifestyle", opened, "supervisor1").param("favouriteDishes", "西湖醋鱼"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(save(id, "lifestyle", opened, "manager1").param("favouriteDishes", "东坡肉").param("carMake", "奥迪"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("保存未成功"), containsString("周市场"), containsString("最偏好的菜式"),
					containsString("西湖醋鱼"))))
			.andExpect(content().string(allOf(containsString("value=\"东坡肉\""), containsString("value=\"奥迪\""))));
		assertThat(
				jdbc.queryForObject("select profile->>'favouriteDishes' from customer where id = ?", String.class, id))
			.isEqualTo("西湖醋鱼");
		assertThat(jdbc.queryForObject("select profile->>'carMake' from customer where id = ?", String.class, id))
			.isNull();
	}

	@Test
	void historyListsEveryChangeNewestFirstWithLabelsAndNames() throws Exception {
		long id = customer(mvc, "manager1", "花无缺");
		long v = version(mvc, "manager1", id, "lifestyle");
		mvc.perform(save(id, "lifestyle", v, "manager1").param("carMake", "红旗")).andExpect(status().is3xxRedirection());
		v = version(mvc, "manager1", id, "lifestyle");
		mvc.perform(save(id, "lifestyle", v, "manager1").param("carMake", "比亚迪"))
			.andExpect(status().is3xxRedirection());
		String page = mvc.perform(get("/customers/{id}/history", id).with(as("manager1")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("车子厂牌"), containsString("王经理"), containsString("生活方式"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.indexOf("比亚迪")).isPositive().isLessThan(page.lastIndexOf("（空）"));
		assertThat(page.indexOf("比亚迪")).isLessThan(page.indexOf("<td class=\"new\">红旗"));
		mvc.perform(get("/customers/{id}", id).with(as("manager1")))
			.andExpect(content().string(allOf(containsString("最近动态"), containsString("比亚迪"),
					containsString("/customers/" + id + "/history"))));
	}

	@Test
	void sensitiveFieldsAreShownToOwnerAndSupervisorOnlyAndEveryShowingIsRecorded() throws Exception {
		long id = customer(mvc, "manager1", "燕南天");
		long v = version(mvc, "manager1", id, "lifestyle");
		mvc.perform(save(id, "lifestyle", v, "manager1").param("medicalHistory", "糖尿病二型"))
			.andExpect(status().is3xxRedirection());
		int before = accessRecords(id);

		mvc.perform(get("/customers/{id}", id).with(as("manager1")))
			.andExpect(content().string(containsString("糖尿病二型")));
		mvc.perform(get("/customers/{id}", id).with(as("supervisor1")))
			.andExpect(content().string(containsString("糖尿病二型")));
		mvc.perform(get("/customers/{id}/print", id).with(as("supervisor1")))
			.andExpect(content().string(containsString("糖尿病二型")));
		mvc.perform(get("/customers/{id}/sections/lifestyle/edit", id).with(as("manager1")))
			.andExpect(content().string(containsString("糖尿病二型")));
		assertThat(accessRecords(id)).isEqualTo(before + 4);
		assertThat(jdbc.queryForList("select purpose from sensitive_access where customer_id = ? order by id",
				String.class, id))
			.contains("DETAIL", "PRINT", "EDIT");

		for (String user : List.of("admin", "agent1")) {
			mvc.perform(get("/customers/{id}", id).with(as(user)))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("糖尿病二型"))));
		}
		mvc.perform(get("/customers/{id}/sections/lifestyle/edit", id).with(as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("糖尿病二型"))))
			.andExpect(content().string(not(containsString("name=\"medicalHistory\""))));
		mvc.perform(get("/customers/{id}/print", id).with(as("admin")))
			.andExpect(content().string(allOf(not(containsString("糖尿病二型")), containsString("仅客户经理及其主管可见"))));
		mvc.perform(get("/customers/{id}/history", id).with(as("admin")))
			.andExpect(content().string(allOf(not(containsString("糖尿病二型")), containsString("敏感信息，已隐藏"))));
		mvc.perform(get("/customers/{id}", id).with(as("manager2"))).andExpect(status().isNotFound());
		mvc.perform(get("/customers/{id}", id).with(as("supervisor2"))).andExpect(status().isNotFound());
		assertThat(accessRecords(id)).isEqualTo(before + 4);
	}

	@Test
	void adminSavingASectionKeepsTheSensitiveAnswers() throws Exception {
		long id = customer(mvc, "manager1", "江小鱼");
		long v = version(mvc, "manager1", id, "family");
		mvc.perform(save(id, "family", v, "manager1").param("_children", "on")
			.param("children[0].name", "江小白")
			.param("children[0].custody", "NO")).andExpect(status().is3xxRedirection());
		v = version(mvc, "manager1", id, "interests");
		mvc.perform(save(id, "interests", v, "manager1").param("religion", "道教").param("privateClubs", "钓鱼协会"))
			.andExpect(status().is3xxRedirection());

		v = version(mvc, "admin", id, "interests");
		mvc.perform(save(id, "interests", v, "admin").param("privateClubs", "钓鱼协会、书法社").param("strongOpinions", "环保"))
			.andExpect(status().is3xxRedirection());
		v = version(mvc, "admin", id, "family");
		mvc.perform(save(id, "family", v, "admin").param("_children", "on")
			.param("children[0].name", "江小白")
			.param("children[0].education", "复旦附中")).andExpect(status().is3xxRedirection());
		// an admin posting a sensitive field by hand is refused
		mvc.perform(save(id, "interests", version(mvc, "admin", id, "interests"), "admin").param("religion", "无"))
			.andExpect(status().isForbidden());

		mvc.perform(get("/customers/{id}", id).with(as("manager1")))
			.andExpect(
					content().string(allOf(containsString("道教"), containsString("钓鱼协会、书法社"), containsString("复旦附中"))))
			.andExpect(content().string(matchesPattern("(?s).*江小白.*复旦附中.*否.*|(?s).*江小白.*否.*复旦附中.*")));
	}

	@Test
	void anotherManagersCustomerIsNotFoundOnEveryArchiveUrl() throws Exception {
		long id = customer(mvc, "manager1", "铁中棠");
		long v = version(mvc, "manager1", id, "personal");
		for (String user : List.of("manager3", "manager2", "supervisor2")) {
			mvc.perform(get("/customers/{id}", id).with(as(user))).andExpect(status().isNotFound());
			mvc.perform(get("/customers/{id}/sections/personal/edit", id).with(as(user)))
				.andExpect(status().isNotFound());
			mvc.perform(save(id, "personal", v, user).param("nickname", "偷改")).andExpect(status().isNotFound());
			mvc.perform(get("/customers/{id}/history", id).with(as(user))).andExpect(status().isNotFound());
			mvc.perform(get("/customers/{id}/print", id).with(as(user))).andExpect(status().isNotFound());
		}
		for (String url : List.of("/customers/{id}/sections/personal/edit", "/customers/{id}/history",
				"/customers/{id}/print")) {
			mvc.perform(get(url, id).with(as("agent1"))).andExpect(status().isNotFound());
		}
		mvc.perform(get("/customers/{id}/sections/nonsense/edit", id).with(as("manager1")))
			.andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject("select profile::text from customer where id = ?", String.class, id))
			.doesNotContain("偷改");
	}

	@Test
	void printViewIsTheWholeArchiveOnA4WithChineseFontsAndNoNavigation() throws Exception {
		long id = customer(mvc, "manager1", "沈浪");
		long v = version(mvc, "manager1", id, "relationship");
		mvc.perform(save(id, "relationship", v, "manager1").param("ethicalConcerns", "不收回扣"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/customers/{id}/print", id).with(as("manager1")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("size: A4"), containsString("Noto Serif CJK SC"),
					containsString("Noto Sans CJK SC"), containsString("沈浪"), containsString("不收回扣"),
					containsString("竞争者对以上问题有没有比你更好的答案"), containsString("经营特色"))))
			.andExpect(content().string(allOf(not(containsString("navbar")), not(containsString("/logout")))));
	}

	@Test
	void savingWithoutCsrfTokenIsRefused() throws Exception {
		long id = customer(mvc, "manager1", "朱七七");
		mvc.perform(post("/customers/{id}/sections/personal/edit", id).with(as("manager1"))
			.param("version", "0")
			.param("nickname", "七七")).andExpect(status().isForbidden());
		mvc.perform(post("/customers/{id}/sections/personal/edit", id).with(as("manager1"))
			.with(csrf())
			.param("version", "0")
			.param("nickname", "七七")).andExpect(status().is3xxRedirection());
	}

	private int accessRecords(long customerId) {
		return jdbc.queryForObject("select count(*) from sensitive_access where customer_id = ?", Integer.class,
				customerId);
	}

}
