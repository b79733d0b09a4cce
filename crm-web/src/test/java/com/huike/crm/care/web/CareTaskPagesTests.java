package com.huike.crm.care.web;

import com.huike.crm.WebIntegrationTest;
import com.huike.crm.care.CareReminders;
import com.huike.crm.care.domain.CareTaskKind;
import com.huike.crm.customer.CustomerService;
import com.huike.crm.identity.IdentityService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class CareTaskPagesTests extends WebIntegrationTest {

	@Autowired
	CustomerService customers;

	@Autowired
	IdentityService identity;

	@Autowired
	CareReminders reminders;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CareWebFixtures fixtures;

	@Test
	void managerSeesTheTaskOfTheirCustomerAndRecordsHowItWasDone() throws Exception {
		CareWebFixtures.Customer customer = fixtures.customer("manager1");
		Long task = fixtures.task(customer, "manager1", CareTaskKind.BIRTHDAY, 0);

		mvc.perform(get("/care/tasks").with(user("manager1").roles("MANAGER")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(customer.name()), containsString("今天要办"),
					containsString("/care/tasks/" + task + "/done"))));

		mvc.perform(post("/care/tasks/{id}/done", task).with(user("manager1").roles("MANAGER"))
			.with(csrf())
			.param("channel", "PHONE")
			.param("note", "电话祝寿"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/care/tasks"))
			.andExpect(flash().attribute("flash", "care.task.doneFlash"));

		mvc.perform(get("/care/tasks/{id}", task).with(user("manager1").roles("MANAGER")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("已完成"), containsString("电话祝寿"))));
		mvc.perform(get("/care/tasks").with(user("manager1").roles("MANAGER")))
			.andExpect(content().string(not(containsString(customer.name()))));
	}

	@Test
	void doneAndSkippedRemindersAppearOnTheCustomersTimeline() throws Exception {
		CareWebFixtures.Customer customer = fixtures.customer("manager1");
		Long done = fixtures.task(customer, "manager1", CareTaskKind.BIRTHDAY, 0);
		Long skipped = fixtures.task(customer, "manager1", CareTaskKind.NATIONAL_DAY, 1);
		// still open: not on the timeline
		fixtures.task(customer, "manager1", CareTaskKind.SPRING_FESTIVAL, 2);
		mvc.perform(post("/care/tasks/{id}/done", done).with(user("manager1").roles("MANAGER"))
			.with(csrf())
			.param("channel", "GIFT")
			.param("note", "送了蛋糕"));
		mvc.perform(post("/care/tasks/{id}/skip", skipped).with(user("manager1").roles("MANAGER"))
			.with(csrf())
			.param("note", "客户出差"));

		String timeline = mvc
			.perform(get("/customers/{id}/timeline", customer.id()).with(user("manager1").roles("MANAGER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(timeline).contains("客户关怀", "生日", "已完成", "礼品", "送了蛋糕", "国庆节", "已跳过", "客户出差").doesNotContain("春节");
	}

	@Test
	void doneWithoutSayingHowIsExplainedAndKeepsTheNote() throws Exception {
		CareWebFixtures.Customer customer = fixtures.customer("manager1");
		Long task = fixtures.task(customer, "manager1", CareTaskKind.WEDDING_ANNIVERSARY, 1);

		mvc.perform(post("/care/tasks/{id}/done", task).with(user("manager1").roles("MANAGER"))
			.with(csrf())
			.param("note", "带上鲜花"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("请选择完成方式"), containsString("带上鲜花"))));
	}

	@Test
	void skippingAsksForConfirmationFirst() throws Exception {
		CareWebFixtures.Customer customer = fixtures.customer("manager2");
		Long task = fixtures.task(customer, "manager2", CareTaskKind.NATIONAL_DAY, 2);

		mvc.perform(get("/care/tasks/{id}/skip", task).with(user("manager2").roles("MANAGER")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("确定跳过这条关怀任务吗"), containsString(customer.name()))));
		mvc.perform(post("/care/tasks/{id}/skip", task).with(user("manager2").roles("MANAGER"))
			.with(csrf())
			.param("note", "客户在国外")).andExpect(redirectedUrl("/care/tasks"));
		mvc.perform(get("/care/tasks/{id}", task).with(user("manager2").roles("MANAGER")))
			.andExpect(content().string(allOf(containsString("已跳过"), containsString("客户在国外"))));
	}

	@Test
	void anotherManagersTaskDoesNotExist() throws Exception {
		Long task = fixtures.task(fixtures.customer("manager1"), "manager1", CareTaskKind.BIRTHDAY, 0);

		mvc.perform(get("/care/tasks/{id}", task).with(user("manager3").roles("MANAGER")))
			.andExpect(status().isNotFound());
		mvc.perform(post("/care/tasks/{id}/done", task).with(user("manager3").roles("MANAGER"))
			.with(csrf())
			.param("channel", "SMS")).andExpect(status().isNotFound());
		mvc.perform(get("/care/tasks/{id}", task).with(user("agent1").roles("AGENT"))).andExpect(status().isNotFound());
	}

	@Test
	void supervisorSeesTheTeamsTaskButOnlyTheManagerClosesIt() throws Exception {
		CareWebFixtures.Customer customer = fixtures.customer("manager2");
		Long task = fixtures.task(customer, "manager2", CareTaskKind.BIRTHDAY, 0);

		mvc.perform(get("/care/tasks").with(user("supervisor1").roles("SUPERVISOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(customer.name())))
			.andExpect(content().string(not(containsString("/care/tasks/" + task + "/done"))));
		mvc.perform(post("/care/tasks/{id}/done", task).with(user("supervisor1").roles("SUPERVISOR"))
			.with(csrf())
			.param("channel", "GIFT")).andExpect(status().isForbidden());
		mvc.perform(get("/care/tasks").with(user("supervisor2").roles("SUPERVISOR")))
			.andExpect(content().string(not(containsString(customer.name()))));
	}

	@Test
	void closingATaskTwiceSaysItWasAlreadyDone() throws Exception {
		Long task = fixtures.task(fixtures.customer("manager1"), "manager1", CareTaskKind.NEW_YEAR, 0);
		mvc.perform(post("/care/tasks/{id}/done", task).with(user("manager1").roles("MANAGER"))
			.with(csrf())
			.param("channel", "SMS"));

		mvc.perform(post("/care/tasks/{id}/done", task).with(user("manager1").roles("MANAGER"))
			.with(csrf())
			.param("channel", "SMS"))
			.andExpect(redirectedUrl("/care/tasks"))
			.andExpect(flash().attribute("flash", "care.task.alreadyClosed"));
	}

	@Test
	void aBirthdayTomorrowIsLabelledByTheOccasionNotOverdueBecauseItsReminderDatePassed() throws Exception {
		CareWebFixtures.Customer customer = fixtures.customer("manager3");
		// the reminder fell due two days ago, the birthday is tomorrow
		fixtures.task(customer, "manager3", CareTaskKind.BIRTHDAY, -2);

		String panel = mvc.perform(get("/care/agenda-panel").with(user("manager3").roles("MANAGER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		org.assertj.core.api.Assertions.assertThat(whenOf(panel, customer.name())).contains("明天生日");
		String list = mvc.perform(get("/care/tasks").with(user("manager3").roles("MANAGER")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		org.assertj.core.api.Assertions.assertThat(whenOf(list, customer.name())).contains("明天生日");
	}

	/**
	 * The occasion label of the customer's row (the panel's and the list's rows carry
	 * it).
	 */
	private static String whenOf(String page, String customerName) {
		int name = page.indexOf(customerName);
		int label = page.indexOf("care-when", name);
		if (page.lastIndexOf("care-when", name) > page.lastIndexOf("<tr", name)) {
			label = page.lastIndexOf("care-when", name);
		}
		return page.substring(label, page.indexOf("</span>", label));
	}

	@Test
	void theCarePanelOfAManagersAgendaShowsThatManagersTasksNotTheWholeTeams() throws Exception {
		CareWebFixtures.Customer theirs = fixtures.customer("manager2");
		CareWebFixtures.Customer other = fixtures.customer("manager1");
		// long overdue, so that both head their managers' lists
		fixtures.task(theirs, "manager2", CareTaskKind.BIRTHDAY, -30);
		fixtures.task(other, "manager1", CareTaskKind.BIRTHDAY, -30);
		Long manager2 = identity.viewer("manager2").orElseThrow().userId();

		String page = mvc
			.perform(get("/agenda").param("managerId", manager2.toString())
				.with(user("supervisor1").roles("SUPERVISOR")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String panel = page.substring(page.indexOf("id=\"care-panel\""));
		org.assertj.core.api.Assertions.assertThat(panel).contains(theirs.name()).doesNotContain(other.name());
	}

	@Test
	void agendaPanelBringsItsOwnDataAndSwapsItselfWithHtmx() throws Exception {
		CareWebFixtures.Customer customer = fixtures.customer("manager3");
		// due four days ago, the birthday yesterday: overdue
		Long task = fixtures.task(customer, "manager3", CareTaskKind.BIRTHDAY, -4);

		mvc.perform(get("/care/agenda-panel").with(user("manager3").roles("MANAGER")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"care-panel\""), containsString(customer.name()),
					containsString("已逾期"), not(containsString("<html")))));

		mvc.perform(post("/care/tasks/{id}/done", task).with(user("manager3").roles("MANAGER"))
			.with(csrf())
			.header("HX-Request", "true")
			.param("channel", "GIFT")
			.param("returnTo", "agenda"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("id=\"care-panel\""), not(containsString(customer.name())))));
	}

	@Test
	void withoutJavaScriptThePanelFormReturnsToTheAgenda() throws Exception {
		Long task = fixtures.task(fixtures.customer("manager3"), "manager3", CareTaskKind.BIRTHDAY, 0);

		mvc.perform(post("/care/tasks/{id}/done", task).with(user("manager3").roles("MANAGER"))
			.with(csrf())
			.param("channel", "PHONE")
			.param("returnTo", "agenda")).andExpect(redirectedUrl("/agenda"));
	}

	@Test
	void theNightlyRunPutsAnUpcomingBirthdayOnTheManagersList() throws Exception {
		CareWebFixtures.Customer customer = fixtures.customer("manager1");
		jdbc.update("update customer set birth_date = ?, birth_lunar = false where id = ?",
				fixtures.today().plusDays(3).minusYears(40), customer.id());

		reminders.run(fixtures.today());

		mvc.perform(get("/care/tasks").with(user("manager1").roles("MANAGER")))
			.andExpect(content().string(allOf(containsString(customer.name()), containsString("生日"))));
		mvc.perform(get("/care/tasks").with(user("manager1").roles("MANAGER")).param("lang", "en"))
			.andExpect(content().string(allOf(containsString(customer.name()), containsString("Birthday"))));
	}

}
