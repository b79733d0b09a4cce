package com.huike.crm.notification.web;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import com.huike.crm.WebIntegrationTest;
import com.huike.crm.care.web.CareWebFixtures;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.domain.Role;
import com.huike.crm.notification.NotificationService;
import com.huike.crm.testsupport.StatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The bell on the navigation bar and the notifications page, per role: the demo's
 * notifications of the visit plans' month, and users of each role made for a test with
 * notifications of their own.
 */
class NotificationPagesTests extends WebIntegrationTest {

	@Autowired
	NotificationService notifications;

	@Autowired
	IdentityService identity;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CareWebFixtures fixtures;

	/** A new user of the role, and their login for MockMvc. */
	private record Someone(Long id, RequestPostProcessor login) {
	}

	private Someone someone(Role role) {
		String username = CareWebFixtures.unique("tz");
		Long id = identity.createUser(username, "longenough1", "通知" + username, Set.of(role), null, null);
		return new Someone(id, user(username).roles(role.name()));
	}

	private Long notify(Someone who, String planLink, Instant at) {
		return notifications.notify(who.id(), "visitplan.approved", "notification.visitplan.approved",
				List.of("李主管", "2031-06"), planLink, at);
	}

	private Long demoPlan(String manager) {
		return jdbc.queryForObject(
				"select p.id from visit_plan p join app_user u on u.id = p.manager_id where u.username = ? and p.month = ?",
				Long.class, manager, YearMonth.from(fixtures.today()).atDay(1));
	}

	private String unreadOf(String username, String kind, Long plan) {
		return jdbc.queryForObject(
				"select count(*) from notification n join app_user u on u.id = n.recipient_id"
						+ " where u.username = ? and n.kind = ? and n.link = ? and n.read_at is null",
				String.class, username, kind, "/visit-plans/" + plan);
	}

	@Test
	void theDemoMonthHasItsNotificationsUnread() throws Exception {
		assertThat(unreadOf("supervisor1", "visitplan.submitted", demoPlan("manager2"))).isEqualTo("1");
		assertThat(unreadOf("manager3", "visitplan.rejected", demoPlan("manager3"))).isEqualTo("1");
		assertThat(unreadOf("manager1", "visitplan.approved", demoPlan("manager1"))).isEqualTo("1");
		// decided already: read
		assertThat(unreadOf("supervisor1", "visitplan.submitted", demoPlan("manager1"))).isEqualTo("0");
		assertThat(unreadOf("supervisor2", "visitplan.submitted", demoPlan("manager3"))).isEqualTo("0");
		// nothing for the submitter
		assertThat(unreadOf("manager2", "visitplan.submitted", demoPlan("manager2"))).isEqualTo("0");

		mvc.perform(get("/notifications").with(user("manager3").roles("MANAGER")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("驳回了您"), containsString("均匀排到每周"),
					containsString("notification-unread"), containsString("id=\"notification-unread-count\""))));
		mvc.perform(get("/notifications").with(user("supervisor1").roles("SUPERVISOR")).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("submitted the visit plan for")));
	}

	@Test
	void everyRoleSeesItsUnreadCountOnTheNavigationBar() throws Exception {
		for (Role role : List.of(Role.MANAGER, Role.SUPERVISOR, Role.ADMIN, Role.AGENT)) {
			Someone who = someone(role);
			mvc.perform(get("/notifications").with(who.login()))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("id=\"nav-notifications\""),
						not(containsString("id=\"notification-unread-count\"")), containsString("还没有通知"))));
			notify(who, "/customers", Instant.now());
			notify(who, "/customers", Instant.now().plusSeconds(1));
			mvc.perform(get("/customers").with(who.login()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"notification-unread-count\"")))
				.andExpect(content().string(containsString(">2</span>")));
		}
	}

	@Test
	void thePageListsNewestFirstHighlightsTheUnreadAndOpeningOneMarksItReadAndGoesToItsPage() throws Exception {
		Someone who = someone(Role.MANAGER);
		Long older = notify(who, "/agenda", Instant.now().minusSeconds(3600));
		Long newer = notify(who, "/customers", Instant.now());
		String page = mvc.perform(get("/notifications").with(who.login()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.indexOf("notification-" + newer)).isPositive()
			.isLessThan(page.indexOf("notification-" + older));
		assertThat(page).contains("李主管 审批通过了您 2031-06 的拜访计划");

		mvc.perform(post("/notifications/" + newer + "/open").with(who.login()).with(csrf()))
			.andExpect(redirectedUrl("/customers"));
		assertThat(readAt(newer)).isNotNull();
		assertThat(readAt(older)).isNull();
		mvc.perform(get("/notifications").param("unread", "true").with(who.login()))
			.andExpect(content()
				.string(allOf(containsString("notification-" + older), not(containsString("notification-" + newer)))));
	}

	@Test
	void markAllReadNeedsThePostWithItsCsrfToken() throws Exception {
		Someone who = someone(Role.SUPERVISOR);
		Long one = notify(who, "/agenda", Instant.now());
		Long two = notify(who, "/agenda/team", Instant.now());
		mvc.perform(post("/notifications/read-all").with(who.login())).andExpect(status().isForbidden());
		mvc.perform(post("/notifications/" + one + "/open").with(who.login())).andExpect(status().isForbidden());
		assertThat(readAt(one)).isNull();

		mvc.perform(post("/notifications/read-all").with(who.login()).with(csrf()))
			.andExpect(redirectedUrl("/notifications"));
		assertThat(readAt(one)).isNotNull();
		assertThat(readAt(two)).isNotNull();
		mvc.perform(get("/notifications").with(who.login()))
			.andExpect(content().string(allOf(not(containsString("id=\"notification-unread-count\"")),
					not(containsString("notification-unread")))));
	}

	@Test
	void anotherUsersNotificationDoesNotExist() throws Exception {
		Someone owner = someone(Role.MANAGER);
		Someone other = someone(Role.MANAGER);
		Long theirs = notify(owner, "/agenda", Instant.now());
		mvc.perform(post("/notifications/" + theirs + "/open").with(other.login()).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/notifications/" + theirs + "/open").with(user("admin").roles("ADMIN")).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/notifications/read-all").with(other.login()).with(csrf()));
		assertThat(readAt(theirs)).isNull();
		mvc.perform(get("/notifications").with(other.login()))
			.andExpect(content().string(not(containsString("notification-" + theirs))));
	}

	@Test
	void theListIsPaged() throws Exception {
		Someone who = someone(Role.MANAGER);
		Instant start = Instant.now().minusSeconds(100);
		for (int i = 0; i < NotificationController.PAGE_SIZE + 3; i++) {
			notify(who, "/agenda?n=" + i, start.plusSeconds(i));
		}
		String first = mvc.perform(get("/notifications").with(who.login()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(first).contains("page=1");
		assertThat(first.split("class=\"list-group-item ")).hasSize(NotificationController.PAGE_SIZE + 1);
		String second = mvc.perform(get("/notifications").param("page", "1").with(who.login()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(second.split("class=\"list-group-item ")).hasSize(4);
	}

	@Test
	void thePageSendsTheSameFewStatementsForFewOrManyAndTheBellIsOne() throws Exception {
		Someone few = someone(Role.MANAGER);
		Someone many = someone(Role.MANAGER);
		Instant start = Instant.now().minusSeconds(1000);
		for (int i = 0; i < 60; i++) {
			if (i < NotificationController.PAGE_SIZE + 1) {
				notify(few, "/agenda?n=" + i, start.plusSeconds(i));
			}
			notify(many, "/agenda?n=" + i, start.plusSeconds(i));
		}
		long fewStatements = StatementCounter
			.count(() -> mvc.perform(get("/notifications").with(few.login())).andExpect(status().isOk()));
		long manyStatements = StatementCounter
			.count(() -> mvc.perform(get("/notifications").with(many.login())).andExpect(status().isOk()));
		assertThat(manyStatements).isEqualTo(fewStatements).isLessThanOrEqualTo(PAGE_BUDGET);
		com.huike.crm.identity.Viewer viewer = identity
			.viewer(identity.summaries(Set.of(many.id())).get(many.id()).username())
			.orElseThrow();
		assertThat(StatementCounter.count(() -> notifications.unreadCount(viewer))).isEqualTo(1);
	}

	/**
	 * The viewer, the page of notifications, its count, the bell's count, and a manager's
	 * other counts of the navigation bar (agenda, visit plan).
	 */
	static final long PAGE_BUDGET = 6;

	private java.sql.Timestamp readAt(Long id) {
		return jdbc.queryForObject("select read_at from notification where id = ?", java.sql.Timestamp.class, id);
	}

}
