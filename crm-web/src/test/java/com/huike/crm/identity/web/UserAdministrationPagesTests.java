package com.huike.crm.identity.web;

import java.util.Set;

import com.huike.crm.WebIntegrationTest;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.domain.Role;
import com.huike.crm.identity.domain.UserAccount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class UserAdministrationPagesTests extends WebIntegrationTest {

	@Autowired
	IdentityService identity;

	@Autowired
	PasswordEncoder passwordEncoder;

	static RequestPostProcessor admin() {
		return user("admin").roles("ADMIN");
	}

	@ParameterizedTest
	@CsvSource({ "manager1, MANAGER", "supervisor1, SUPERVISOR", "agent1, AGENT", "csmanager1, CS_MANAGER",
			"handler1, HANDLER" })
	void everyAdministrationPageIsForbiddenToOtherRoles(String username, String role) throws Exception {
		Long someone = identity.findByUsername("manager2").orElseThrow().getId();
		for (String url : new String[] { "/admin", "/admin/users", "/admin/users/new", "/admin/users/" + someone,
				"/admin/teams" }) {
			mvc.perform(get(url).with(user(username).roles(role))).andExpect(status().isForbidden());
		}
		mvc.perform(post("/admin/users").with(user(username).roles(role))
			.with(csrf())
			.param("username", "intruder-" + role.toLowerCase())
			.param("roles", "ADMIN")
			.param("password", "longenough1")).andExpect(status().isForbidden());
		assertThat(identity.findByUsername("intruder-" + role.toLowerCase())).isEmpty();
	}

	@Test
	void anonymousVisitorIsSentToSignIn() throws Exception {
		mvc.perform(get("/admin/users").accept(MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void landingPageLinksUsersTeamsAndTheAccessLog() throws Exception {
		mvc.perform(get("/admin").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/admin/users\"")))
			.andExpect(content().string(containsString("href=\"/admin/teams\"")))
			.andExpect(content().string(containsString("href=\"/admin/access-log\"")));
	}

	@Test
	void adminAddsAUserWithSeveralRolesWhoSignsInAtOnce() throws Exception {
		Long team = identity.findByUsername("manager1").orElseThrow().getTeamId();
		mvc.perform(post("/admin/users").with(admin())
			.with(csrf())
			.param("username", "qianwei")
			.param("displayName", "钱伟")
			.param("roles", "MANAGER", "AGENT")
			.param("teamId", String.valueOf(team))
			.param("department", "华东区")
			.param("password", "chushi2026"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/admin/users/*"));

		UserAccount created = identity.findByUsername("qianwei").orElseThrow();
		assertThat(created.getRoles()).containsExactlyInAnyOrder(Role.MANAGER, Role.AGENT);
		assertThat(created.getTeamId()).isEqualTo(team);
		assertThat(created.getDepartment()).isEqualTo("华东区");
		assertThat(created.getPasswordHash()).doesNotContain("chushi2026");
		mvc.perform(formLogin().user("qianwei").password("chushi2026"))
			.andExpect(authenticated().withUsername("qianwei").withRoles("MANAGER", "AGENT"));
	}

	@Test
	void addingAUserNeedsTheCsrfToken() throws Exception {
		mvc.perform(post("/admin/users").with(admin())
			.param("username", "nocsrf")
			.param("roles", "MANAGER")
			.param("password", "longenough1")).andExpect(status().isForbidden());
		assertThat(identity.findByUsername("nocsrf")).isEmpty();
	}

	@Test
	void takenUsernameIsExplainedInChineseAndTheFormKeepsTheInput() throws Exception {
		mvc.perform(post("/admin/users").with(admin())
			.with(csrf())
			.param("username", "MANAGER1")
			.param("displayName", "重名的人")
			.param("roles", "AGENT")
			.param("department", "客服中心")
			.param("password", "longenough1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("该用户名已被使用")))
			.andExpect(content().string(containsString("value=\"MANAGER1\"")))
			.andExpect(content().string(containsString("value=\"重名的人\"")))
			.andExpect(content().string(containsString("value=\"客服中心\"")))
			.andExpect(content().string(matchesRegex("(?s).*value=\"AGENT\"\\s+checked=\"checked\".*")));
	}

	@Test
	void shortPasswordAndMissingRoleAreExplained() throws Exception {
		mvc.perform(post("/admin/users").with(admin())
			.with(csrf())
			.param("username", "duanmima")
			.param("displayName", "短密码")
			.param("password", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("密码太短，至少需要 8 位")))
			.andExpect(content().string(containsString("请至少选择一个角色")))
			.andExpect(content().string(containsString("value=\"duanmima\"")));
		assertThat(identity.findByUsername("duanmima")).isEmpty();
	}

	@Test
	void invalidUsernameIsExplainedInEnglishToo() throws Exception {
		mvc.perform(post("/admin/users").with(admin())
			.with(csrf())
			.param("lang", "en")
			.param("username", "张 三")
			.param("roles", "MANAGER")
			.param("password", "longenough1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A username is 3–50 letters")));
	}

	@Test
	void adminChangesRolesTeamAndDepartmentAndDisablesSignIn() throws Exception {
		Long id = identity.createUser("gaibian", "longenough1", "改变", Set.of(Role.AGENT), null, null);
		Long team = identity.findByUsername("manager3").orElseThrow().getTeamId();
		long version = identity.findByUsername("gaibian").orElseThrow().getVersion();

		mvc.perform(post("/admin/users/" + id).with(admin())
			.with(csrf())
			.param("displayName", "改变后")
			.param("roles", "MANAGER", "SUPERVISOR")
			.param("teamId", String.valueOf(team))
			.param("department", "二部")
			.param("version", String.valueOf(version)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/users/" + id));

		UserAccount changed = identity.findByUsername("gaibian").orElseThrow();
		assertThat(changed.getDisplayName()).isEqualTo("改变后");
		assertThat(changed.getRoles()).containsExactlyInAnyOrder(Role.MANAGER, Role.SUPERVISOR);
		assertThat(changed.getTeamId()).isEqualTo(team);
		assertThat(changed.getDepartment()).isEqualTo("二部");
		assertThat(changed.isEnabled()).as("the 'enabled' box was not ticked").isFalse();
		mvc.perform(formLogin().user("gaibian").password("longenough1")).andExpect(unauthenticated());
	}

	@Test
	void editingWithoutAnyRoleKeepsTheUserAndExplains() throws Exception {
		Long id = identity.createUser("meijuese", "longenough1", "没角色", Set.of(Role.AGENT), null, null);
		mvc.perform(post("/admin/users/" + id).with(admin())
			.with(csrf())
			.param("displayName", "仍然没角色")
			.param("enabled", "true")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请至少选择一个角色")))
			.andExpect(content().string(containsString("value=\"仍然没角色\"")));
		assertThat(identity.findByUsername("meijuese").orElseThrow().getRoles()).containsExactly(Role.AGENT);
	}

	@Test
	void aStaleEditIsRefusedWithTheInputKept() throws Exception {
		Long id = identity.createUser("bingfa", "longenough1", "并发", Set.of(Role.AGENT), null, null);
		mvc.perform(post("/admin/users/" + id).with(admin())
			.with(csrf())
			.param("displayName", "第一次")
			.param("roles", "AGENT")
			.param("enabled", "true")
			.param("version", "0")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/admin/users/" + id).with(admin())
			.with(csrf())
			.param("displayName", "过时的表单")
			.param("roles", "AGENT")
			.param("enabled", "true")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("该用户刚被他人修改过")))
			.andExpect(content().string(containsString("value=\"过时的表单\"")));
		assertThat(identity.findByUsername("bingfa").orElseThrow().getDisplayName()).isEqualTo("第一次");
	}

	@Test
	void adminCannotTakeAwayTheirOwnAdministration() throws Exception {
		UserAccount admin = identity.findByUsername("admin").orElseThrow();
		mvc.perform(post("/admin/users/" + admin.getId()).with(admin())
			.with(csrf())
			.param("displayName", admin.getDisplayName())
			.param("roles", "MANAGER")
			.param("enabled", "true")
			.param("version", String.valueOf(admin.getVersion())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不能取消自己的系统管理员角色")));
		assertThat(identity.findByUsername("admin").orElseThrow().getRoles()).contains(Role.ADMIN);
	}

	@Test
	void passwordResetNeedsTheSameNewPasswordTwice() throws Exception {
		Long id = identity.createUser("chongzhi", "oldpassword1", "重置", Set.of(Role.AGENT), null, null);
		mvc.perform(post("/admin/users/" + id + "/password").with(admin())
			.with(csrf())
			.param("newPassword", "newpassword1")
			.param("confirmPassword", "newpassword2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("两次输入的密码不一致")));
		mvc.perform(post("/admin/users/" + id + "/password").with(admin())
			.with(csrf())
			.param("newPassword", "short")
			.param("confirmPassword", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("密码太短")));
		assertThat(passwordEncoder.matches("oldpassword1",
				identity.findByUsername("chongzhi").orElseThrow().getPasswordHash()))
			.isTrue();

		mvc.perform(post("/admin/users/" + id + "/password").with(admin())
			.with(csrf())
			.param("newPassword", "newpassword1")
			.param("confirmPassword", "newpassword1"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/users/" + id));
		mvc.perform(formLogin().user("chongzhi").password("oldpassword1")).andExpect(unauthenticated());
		mvc.perform(formLogin().user("chongzhi").password("newpassword1"))
			.andExpect(authenticated().withUsername("chongzhi"));
	}

	@Test
	void passwordResetAsksForConfirmationAndNeedsTheCsrfToken() throws Exception {
		Long id = identity.createUser("querenmima", "oldpassword1", "确认", Set.of(Role.AGENT), null, null);
		mvc.perform(get("/admin/users/" + id).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-confirm=\"确定要重置 querenmima 的密码吗？")));
		mvc.perform(post("/admin/users/" + id + "/password").with(admin())
			.param("newPassword", "newpassword1")
			.param("confirmPassword", "newpassword1")).andExpect(status().isForbidden());
		assertThat(passwordEncoder.matches("oldpassword1",
				identity.findByUsername("querenmima").orElseThrow().getPasswordHash()))
			.isTrue();
	}

	@Test
	void userListFindsByUsernameOrNameAndPages() throws Exception {
		for (int i = 1; i <= 3; i++) {
			identity.createUser("fenye" + i, "longenough1", "分页用户" + i, Set.of(Role.AGENT), null, null);
		}
		mvc.perform(get("/admin/users").with(admin()).param("q", "分页用户"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("fenye1")))
			.andExpect(content().string(containsString("fenye3")))
			.andExpect(content().string(not(containsString("manager1"))));
		mvc.perform(get("/admin/users").with(admin()).param("q", "FENYE").param("size", "2").param("page", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("fenye3")))
			.andExpect(content().string(not(containsString("fenye1<"))))
			.andExpect(content().string(containsString("共 3 条，第 2/2 页")));
		mvc.perform(get("/admin/users").with(admin()).param("q", "%"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("没有符合条件的用户")));
	}

	@Test
	void unknownUserIsANotFoundPage() throws Exception {
		mvc.perform(get("/admin/users/987654321").with(admin())).andExpect(status().isNotFound());
	}

}
