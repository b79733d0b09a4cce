package com.huike.crm.followup.web;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.huike.crm.WebIntegrationTest;
import com.huike.crm.identity.IdentityService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.huike.crm.followup.web.FollowUpWebFixtures.ZONE;
import static com.huike.crm.followup.web.FollowUpWebFixtures.manager;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AgendaPagesTests extends WebIntegrationTest {

	@Autowired
	IdentityService identity;

	@Test
	void managersStartOnTheAgendaSupervisorsOnTheTeamAgendaAndEverybodyElseOnTheCustomerList() throws Exception {
		mvc.perform(get("/").with(manager("manager1"))).andExpect(redirectedUrl("/agenda"));
		mvc.perform(get("/").with(user("supervisor1").roles("SUPERVISOR"))).andExpect(redirectedUrl("/agenda/team"));
		mvc.perform(get("/").with(user("agent1").roles("AGENT"))).andExpect(redirectedUrl("/customers"));
	}

	@Test
	void agendaShowsTheManagersOverdueCustomersWithALinkToLogAFollowUpAndNotOtherManagers() throws Exception {
		long mine = FollowUpWebFixtures.overdueA(mvc, "manager1", "待办甲", 4);
		long theirs = FollowUpWebFixtures.overdueA(mvc, "manager2", "别人的待办", 4);

		mvc.perform(get("/agenda").param("size", "200").with(manager("manager1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("待办甲")))
			.andExpect(content().string(containsString("逾期 3 天")))
			.andExpect(content().string(containsString("/customers/" + mine + "/follow-ups/new?from=agenda")))
			.andExpect(content().string(not(containsString("别人的待办"))))
			.andExpect(content().string(not(containsString("/customers/" + theirs + "\""))));
	}

	@Test
	void overdueCustomersArePaged() throws Exception {
		FollowUpWebFixtures.overdueA(mvc, "manager2", "翻页一", 3);
		FollowUpWebFixtures.overdueA(mvc, "manager2", "翻页二", 3);
		mvc.perform(get("/agenda").param("size", "1").param("page", "1").with(manager("manager2")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("rel=\"prev\"")));
	}

	@Test
	void upcomingCustomersAreListedWithTheirDueDate() throws Exception {
		long id = FollowUpWebFixtures.customer(mvc, "manager1", "下周客户", "B");
		LocalDate due = LocalDate.now(ZONE).plusDays(7);
		// the whole upcoming list: manager1's demo customers and other tests' fill its
		// first page
		mvc.perform(get("/agenda").param("show", "upcoming").param("size", "200").with(manager("manager1")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-customer-id=\"" + id + "\"")))
			.andExpect(content().string(containsString(due.toString())));
	}

	@Test
	void navigationBarCountsDueAndOverdueForManagersOnly() throws Exception {
		FollowUpWebFixtures.overdueA(mvc, "manager1", "计数客户", 3);
		String page = mvc.perform(get("/agenda").with(manager("manager1")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher badge = Pattern.compile("id=\"agenda-due-count\"[^>]*>(\\d+)<").matcher(page);
		assertThat(badge.find()).isTrue();
		assertThat(Long.parseLong(badge.group(1))).isPositive();
		mvc.perform(get("/agenda/team").with(user("supervisor1").roles("SUPERVISOR")))
			.andExpect(content().string(not(containsString("agenda-due-count"))));
	}

	@Test
	void supervisorSeesTheTeamViewOfTheirManagersOnly() throws Exception {
		FollowUpWebFixtures.overdueA(mvc, "manager2", "团队逾期", 3);
		Long manager1 = identity.findByUsername("manager1").orElseThrow().getId();
		Long manager2 = identity.findByUsername("manager2").orElseThrow().getId();
		Long manager3 = identity.findByUsername("manager3").orElseThrow().getId();

		mvc.perform(get("/agenda").with(user("supervisor1").roles("SUPERVISOR")))
			.andExpect(redirectedUrl("/agenda/team"));
		mvc.perform(get("/agenda/team").with(user("supervisor1").roles("SUPERVISOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-manager-id=\"" + manager1 + "\"")))
			.andExpect(content().string(containsString("data-manager-id=\"" + manager2 + "\"")))
			.andExpect(content().string(not(containsString("data-manager-id=\"" + manager3 + "\""))));
		mvc.perform(
				get("/agenda").param("managerId", manager2.toString()).with(user("supervisor1").roles("SUPERVISOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("团队逾期")));
		mvc.perform(
				get("/agenda").param("managerId", manager2.toString()).with(user("supervisor2").roles("SUPERVISOR")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/agenda").param("managerId", manager2.toString()).with(manager("manager1")))
			.andExpect(status().isNotFound());
	}

	@Test
	void administratorSeesEveryManagerInTheTeamView() throws Exception {
		Long manager3 = identity.findByUsername("manager3").orElseThrow().getId();
		mvc.perform(get("/agenda/team").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-manager-id=\"" + manager3 + "\"")));
	}

	@Test
	void webJarsAreServedUnderTheirVersionlessUrlsThatThePagesLinkTo() throws Exception {
		mvc.perform(get("/agenda").with(manager("manager1")))
			.andExpect(content().string(containsString("/webjars/htmx.org/dist/htmx.min.js")));
		mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
		mvc.perform(get("/webjars/bootstrap/dist/css/bootstrap.min.css")).andExpect(status().isOk());
	}

	@Test
	void managersAndTheCallCenterHaveNoTeamView() throws Exception {
		mvc.perform(get("/agenda/team").with(manager("manager1"))).andExpect(status().isForbidden());
		mvc.perform(get("/agenda/team").with(user("agent1").roles("AGENT"))).andExpect(status().isForbidden());
		mvc.perform(get("/agenda").with(user("agent1").roles("AGENT"))).andExpect(status().isForbidden());
	}

}
