package com.huike.crm.followup.web;

import java.util.List;

import com.huike.crm.WebIntegrationTest;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.testsupport.ExportFiles;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.huike.crm.followup.web.FollowUpWebFixtures.manager;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The agenda and a customer's follow-ups as files: every row the page lists (all three
 * lists of the agenda, every page), scoped as the pages are, in the access log.
 */
class FollowUpExportTests extends WebIntegrationTest {

	@Autowired
	ObjectMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identity;

	@Test
	void theAgendaFileHoldsEveryCustomerOfItsThreeListsAndOnlyTheManagers() throws Exception {
		FollowUpWebFixtures.overdueA(mvc, "manager1", "导出待办甲", 4);
		FollowUpWebFixtures.overdueA(mvc, "manager2", "别人的导出待办", 4);
		mvc.perform(get("/agenda").with(manager("manager1")))
			.andExpect(content().string(containsString("/agenda/export?format=xlsx")));
		JsonNode agenda = json.readTree(mvc.perform(get("/api/v1/agenda").with(manager("manager1")))
			.andReturn()
			.getResponse()
			.getContentAsString());
		long total = agenda.get("dueToday").get("totalElements").asLong()
				+ agenda.get("overdue").get("totalElements").asLong()
				+ agenda.get("upcoming").get("totalElements").asLong();
		List<CSVRecord> rows = ExportFiles
			.csv(ExportFiles.download(mvc, get("/agenda/export").param("format", "csv").with(manager("manager1"))));
		assertThat(rows.get(0).get(0)).isEqualTo("列表");
		assertThat(rows).hasSize((int) total + 1);
		assertThat(rows.stream().map(r -> r.get(2))).contains("导出待办甲").doesNotContain("别人的导出待办");
		assertThat(rows.stream().filter(r -> r.get(2).equals("导出待办甲")).findFirst().orElseThrow().get(0))
			.isEqualTo("已逾期");
		// .xlsx: the same rows
		assertThat(ExportFiles
			.xlsx(ExportFiles.download(mvc, get("/agenda/export").param("format", "xlsx").with(manager("manager1")))))
			.hasSize((int) total + 1);
		Long manager1 = identity.userIdOf("manager1").orElseThrow();
		assertThat(jdbc.queryForObject(
				"select row_count from list_export where list = 'agenda' and user_id = ? order by id desc limit 1",
				Integer.class, manager1))
			.isEqualTo((int) total);
		// another team's manager's agenda is not there; the call center has none
		mvc.perform(
				get("/agenda/export").param("managerId", String.valueOf(identity.userIdOf("manager3").orElseThrow()))
					.with(user("supervisor1").roles("SUPERVISOR")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/agenda/export").with(user("agent1").roles("AGENT"))).andExpect(status().isForbidden());
	}

	@Test
	void aCustomersFollowUpsLeaveNewestFirstForThoseWhoMayReadThem() throws Exception {
		long id = FollowUpWebFixtures.overdueA(mvc, "manager1", "导出追踪客户", 4);
		mvc.perform(get("/customers/{id}/timeline", id).with(manager("manager1")))
			.andExpect(content().string(containsString("/customers/" + id + "/follow-ups/export?format=csv")));
		long logged = jdbc.queryForObject("select count(*) from follow_up where customer_id = ?", Long.class, id);
		List<CSVRecord> rows = ExportFiles.csv(ExportFiles.download(mvc,
				get("/customers/{id}/follow-ups/export", id).param("format", "csv").with(manager("manager1"))));
		assertThat(rows).hasSize((int) logged + 1);
		assertThat(rows.get(0).get(0)).isEqualTo("追踪时间");
		mvc.perform(get("/customers/{id}/follow-ups/export", id).with(manager("manager2")))
			.andExpect(status().isNotFound());
	}

}
