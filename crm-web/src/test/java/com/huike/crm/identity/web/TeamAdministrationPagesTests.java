package com.huike.crm.identity.web;

import java.util.Set;

import com.huike.crm.WebIntegrationTest;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.Viewer;
import com.huike.crm.identity.domain.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class TeamAdministrationPagesTests extends WebIntegrationTest {

	@Autowired
	IdentityService identity;

	@Autowired
	JdbcTemplate jdbc;

	static RequestPostProcessor admin() {
		return user("admin").roles("ADMIN");
	}

	@Test
	void listShowsEachTeamWithItsSupervisorAndMembers() throws Exception {
		mvc.perform(get("/admin/teams").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("一组")))
			.andExpect(content().string(containsString("周市场")))
			.andExpect(content().string(containsString("二组")));
	}

	@Test
	void adminAddsATeamLedByASupervisorWhoThenSeesItsManagers() throws Exception {
		Long leader = identity.createUser("lingdui", "longenough1", "领队", Set.of(Role.SUPERVISOR), null, null);
		mvc.perform(post("/admin/teams").with(admin())
			.with(csrf())
			.param("name", "三组")
			.param("supervisorId", String.valueOf(leader)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/teams"));
		Long team = jdbc.queryForObject("select id from team where name = '三组'", Long.class);
		Long member = identity.createUser("sanzu1", "longenough1", "三组经理", Set.of(Role.MANAGER), team, null);

		Viewer supervisor = identity.viewer("lingdui").orElseThrow();
		assertThat(supervisor.teamMemberIds()).containsExactly(member);
	}

	@Test
	void adminRenamesATeamAndChangesItsSupervisor() throws Exception {
		Long first = identity.createUser("jiuzhuguan", "longenough1", "旧主管", Set.of(Role.SUPERVISOR), null, null);
		Long second = identity.createUser("xinzhuguan", "longenough1", "新主管", Set.of(Role.SUPERVISOR), null, null);
		Long team = identity.createTeam("改名前", first);
		mvc.perform(get("/admin/teams/" + team).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"改名前\"")));
		mvc.perform(post("/admin/teams/" + team).with(admin())
			.with(csrf())
			.param("name", "改名后")
			.param("supervisorId", String.valueOf(second))
			.param("version", "0")).andExpect(status().is3xxRedirection());

		assertThat(jdbc.queryForObject("select name from team where id = ?", String.class, team)).isEqualTo("改名后");
		assertThat(jdbc.queryForObject("select supervisor_id from team where id = ?", Long.class, team))
			.isEqualTo(second);
	}

	@Test
	void duplicateOrEmptyNameIsExplainedAndTheFormKeepsTheInput() throws Exception {
		mvc.perform(post("/admin/teams").with(admin()).with(csrf()).param("name", "一组"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已有同名团队")))
			.andExpect(content().string(containsString("value=\"一组\"")));
		mvc.perform(post("/admin/teams").with(admin()).with(csrf()).param("name", "  "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写团队名称")));
	}

	@Test
	void onlyAnEnabledSupervisorMayLeadATeam() throws Exception {
		Long manager = identity.findByUsername("manager1").orElseThrow().getId();
		mvc.perform(post("/admin/teams").with(admin())
			.with(csrf())
			.param("name", "错误带队")
			.param("supervisorId", String.valueOf(manager)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("所选用户不是启用中的市场经理")))
			.andExpect(content().string(containsString("value=\"错误带队\"")));
		assertThat(jdbc.queryForObject("select count(*) from team where name = '错误带队'", Long.class)).isZero();
	}

	@Test
	void teamsAreForAdminsOnlyAndChangesNeedTheCsrfToken() throws Exception {
		mvc.perform(get("/admin/teams").with(user("supervisor1").roles("SUPERVISOR")))
			.andExpect(status().isForbidden());
		mvc.perform(
				post("/admin/teams").with(user("supervisor1").roles("SUPERVISOR")).with(csrf()).param("name", "越权组"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/teams").with(admin()).param("name", "无令牌组")).andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select count(*) from team where name in ('越权组', '无令牌组')", Long.class)).isZero();
	}

	@Test
	void aStaleTeamEditIsRefusedWithTheInputKept() throws Exception {
		Long team = identity.createTeam("并发组", null);
		mvc.perform(post("/admin/teams/" + team).with(admin()).with(csrf()).param("name", "并发组一").param("version", "0"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/admin/teams/" + team).with(admin()).with(csrf()).param("name", "并发组二").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("该团队刚被他人修改过")))
			.andExpect(content().string(containsString("value=\"并发组二\"")));
		assertThat(jdbc.queryForObject("select name from team where id = ?", String.class, team)).isEqualTo("并发组一");
	}

	@Test
	void unknownTeamIsANotFoundPage() throws Exception {
		mvc.perform(get("/admin/teams/987654321").with(admin())).andExpect(status().isNotFound());
	}

}
