package com.huike.crm.notification.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.huike.crm.WebIntegrationTest;
import com.huike.crm.care.web.CareWebFixtures;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.domain.Role;
import com.huike.crm.notification.NotificationService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The notifications' JSON API: one's own, paged in the project's page shape, the unread
 * count, marking read; anyone else's is a 404.
 */
class NotificationApiTests extends WebIntegrationTest {

	@Autowired
	NotificationService notifications;

	@Autowired
	IdentityService identity;

	private record Someone(Long id, RequestPostProcessor login) {
	}

	private Someone someone() {
		String username = CareWebFixtures.unique("tzapi");
		Long id = identity.createUser(username, "longenough1", "通知" + username, Set.of(Role.MANAGER), null, null);
		return new Someone(id, user(username).roles("MANAGER"));
	}

	private Long notify(Someone who, Instant at) {
		return notifications.notify(who.id(), "visitplan.rejected", "notification.visitplan.rejected",
				List.of("李主管", "2031-07", "请补上陈列检查"), "/visit-plans/1", at);
	}

	@Test
	void listsOnesOwnNewestFirstInThePageShapeRenderedInTheRequestsLanguage() throws Exception {
		Someone who = someone();
		Long older = notify(who, Instant.now().minusSeconds(60));
		Long newer = notify(who, Instant.now());
		mvc.perform(get("/api/v1/notifications").param("size", "1").with(who.login()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(2))
			.andExpect(jsonPath("$.totalPages").value(2))
			.andExpect(jsonPath("$.size").value(1))
			.andExpect(jsonPath("$.content[0].id").value(newer.intValue()))
			.andExpect(jsonPath("$.content[0].kind").value("visitplan.rejected"))
			.andExpect(jsonPath("$.content[0].messageKey").value("notification.visitplan.rejected"))
			.andExpect(jsonPath("$.content[0].arguments[2]").value("请补上陈列检查"))
			.andExpect(jsonPath("$.content[0].message").value("李主管 驳回了您 2031-07 的拜访计划，驳回原因：请补上陈列检查"))
			.andExpect(jsonPath("$.content[0].link").value("/visit-plans/1"))
			.andExpect(jsonPath("$.content[0].read").value(false));
		mvc.perform(get("/api/v1/notifications").param("page", "1")
			.param("size", "1")
			.header("Accept-Language", "en")
			.with(who.login()))
			.andExpect(jsonPath("$.content[0].id").value(older.intValue()))
			.andExpect(jsonPath("$.content[0].message")
				.value("李主管 rejected your visit plan for 2031-07. Reason: 请补上陈列检查"));
		mvc.perform(get("/api/v1/notifications").param("size", "101").with(who.login()))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")));
	}

	@Test
	void countsTheUnreadAndMarksOneOrAllRead() throws Exception {
		Someone who = someone();
		Long one = notify(who, Instant.now().minusSeconds(60));
		notify(who, Instant.now());
		mvc.perform(get("/api/v1/notifications/unread-count").with(who.login()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unread").value(2));
		mvc.perform(post("/api/v1/notifications/" + one + "/read").with(who.login()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.read").value(true))
			.andExpect(jsonPath("$.readAt").exists());
		mvc.perform(get("/api/v1/notifications").param("unread", "true").with(who.login()))
			.andExpect(jsonPath("$.totalElements").value(1));
		mvc.perform(post("/api/v1/notifications/read-all").with(who.login()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.marked").value(1));
		mvc.perform(get("/api/v1/notifications/unread-count").with(who.login()))
			.andExpect(jsonPath("$.unread").value(0));
	}

	@Test
	void anotherUsersNotificationIsNotFound() throws Exception {
		Someone owner = someone();
		Someone other = someone();
		Long theirs = notify(owner, Instant.now());
		mvc.perform(get("/api/v1/notifications/" + theirs).with(other.login()))
			.andExpect(status().isNotFound())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")));
		mvc.perform(post("/api/v1/notifications/" + theirs + "/read").with(other.login()).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/notifications/" + theirs).with(owner.login()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.read").value(false));
	}

	@Test
	void theOpenApiDocumentDescribesTheNotifications() throws Exception {
		mvc.perform(get("/v3/api-docs").with(user("manager1").roles("MANAGER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/notifications'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/notifications/unread-count'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/notifications/{id}/read'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/notifications/read-all'].post").exists());
	}

}
