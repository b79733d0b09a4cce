package com.huike.crm.system;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;

import com.huike.crm.WebIntegrationTest;
import com.huike.crm.customer.CustomerService;
import com.huike.crm.customer.NewCustomer;
import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.domain.Role;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Chinese by default, English on {@code ?lang=en}, remembered by a cookie; every page of
 * the administration (and the reassignment form) exists in both languages.
 */
class LocaleTests extends WebIntegrationTest {

	@Autowired
	IdentityService identity;

	@Autowired
	CustomerService customers;

	@Test
	void englishChosenOnceIsRememberedOnTheNextRequestsAndChineseComesBack() throws Exception {
		MvcResult chosen = mvc.perform(get("/login").param("lang", "en"))
			.andExpect(cookie().exists("huike-lang"))
			.andExpect(content().string(containsString("Sign in")))
			.andReturn();
		Cookie remembered = chosen.getResponse().getCookie("huike-lang");

		mvc.perform(get("/admin").with(user("admin").roles("ADMIN")).cookie(remembered))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"en\"")))
			.andExpect(content().string(containsString("Administration")));
		mvc.perform(get("/admin/users").with(user("admin").roles("ADMIN")).cookie(remembered))
			.andExpect(content().string(containsString("Add user")));

		mvc.perform(get("/admin").with(user("admin").roles("ADMIN")))
			.andExpect(content().string(containsString("<html lang=\"zh-CN\"")))
			.andExpect(content().string(containsString("系统管理")));

		MvcResult back = mvc
			.perform(get("/admin").with(user("admin").roles("ADMIN")).cookie(remembered).param("lang", "zh_CN"))
			.andExpect(content().string(containsString("系统管理")))
			.andReturn();
		mvc.perform(get("/admin").with(user("admin").roles("ADMIN")).cookie(back.getResponse().getCookie("huike-lang")))
			.andExpect(content().string(containsString("<html lang=\"zh-CN\"")));
	}

	@Test
	void everyAdministrationPageRendersInChineseAndInEnglish() throws Exception {
		Long user = identity.createUser("yuyan", "longenough1", "语言", Set.of(Role.AGENT), null, null);
		Long team = identity.createTeam("语言组", null);
		String[][] pages = { { "/admin", "系统管理", "Administration" }, { "/admin/users", "用户管理", "Users" },
				{ "/admin/users/new", "新增用户", "Add user" }, { "/admin/users/" + user, "编辑用户", "Edit user" },
				{ "/admin/teams", "团队管理", "Teams" }, { "/admin/teams/" + team, "编辑团队", "Edit team" } };
		for (String[] page : pages) {
			renders(() -> get(page[0]).with(user("admin").roles("ADMIN")), page[1], page[2]);
		}
	}

	@Test
	void theSignInPageAndTheReassignmentFormRenderInBothLanguages() throws Exception {
		renders(() -> get("/login").param("locked", "3"), "请 3 分钟后再试", "Try again in 3 minutes");
		Long customer = customers.create(
				new NewCustomer("双语客户", null, null, null, Grade.C, DealStatus.POTENTIAL, null, null),
				identity.viewer("manager1").orElseThrow());
		renders(() -> get("/customers/" + customer).with(user("supervisor1").roles("SUPERVISOR")), "转交客户",
				"Hand over the customer");
	}

	@Test
	void theIdentityBundleHasEveryKeyInBothLanguages() throws IOException {
		Properties zh = bundle("i18n/identity_zh_CN.properties");
		Properties en = bundle("i18n/identity_en.properties");
		assertThat(zh.stringPropertyNames()).isNotEmpty().isEqualTo(en.stringPropertyNames());
	}

	/**
	 * The page answers 200 in both languages, shows the expected text, and no message key
	 * is missing (Thymeleaf shows those as {@code ??key_locale??}).
	 */
	private void renders(Supplier<MockHttpServletRequestBuilder> request, String chinese, String english)
			throws Exception {
		String zh = mvc.perform(request.get().param("lang", "zh_CN"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(zh).contains(chinese).doesNotContain("??");
		String en = mvc.perform(request.get().param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(en).contains(english).doesNotContain("??");
	}

	private static Properties bundle(String path) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			properties.load(in);
		}
		return properties;
	}

}
