package com.huike.crm.system;

import java.nio.charset.StandardCharsets;

import com.huike.crm.WebIntegrationTest;
import com.huike.crm.followup.web.FollowUpWebFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.ResultActions;

import static com.huike.crm.followup.web.FollowUpWebFixtures.manager;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Dates with a time are shown and accepted as {@code yyyy-MM-dd HH:mm} whatever the
 * browser's language (fragments/forms :: dateTimeField, bound by DateTimeInput),
 * strictly: a value that is not a real minute is a message next to the field, with what
 * was typed kept, never a guess and never a 500. Shown on the follow-up form, the one
 * form with a time today.
 */
class DateTimeInputTests extends WebIntegrationTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theFormShowsTheTimeAsYearMonthDayHourMinuteInATextBoxInEveryLanguage() throws Exception {
		long id = FollowUpWebFixtures.customer(mvc, "manager1", "时间格式客户", "B");
		String now = FollowUpWebFixtures.now().format(FollowUpWebFixtures.INPUT);
		for (String lang : new String[] { "zh_CN", "en" }) {
			String page = mvc
				.perform(get("/customers/{id}/follow-ups/new", id).param("lang", lang).with(manager("manager1")))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			String input = page.substring(page.indexOf("<input", page.indexOf("id=\"occurredAt\"") - 300),
					page.indexOf(">", page.indexOf("id=\"occurredAt\"")));
			assertThat(input).contains("type=\"text\"")
				.contains("placeholder=\"yyyy-MM-dd HH:mm\"")
				.contains("datetime-input")
				.doesNotContain("datetime-local");
			assertThat(input).containsPattern("value=\"" + now.substring(0, 11) + "\\d\\d:\\d\\d\"");
		}
	}

	@Test
	void aWellFormedTimeIsSavedAsTyped() throws Exception {
		long id = FollowUpWebFixtures.customer(mvc, "manager1", "时间正确客户", "B");
		String yesterday = FollowUpWebFixtures.now().minusDays(1).toLocalDate() + " 09:30";
		log(id, yesterday).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select to_char(occurred_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI')"
				+ " from follow_up where customer_id = ?", String.class, id))
			.isEqualTo(yesterday);
	}

	@Test
	void theValueADatetimeLocalBoxSendsIsStillUnderstood() throws Exception {
		long id = FollowUpWebFixtures.customer(mvc, "manager1", "时间T客户", "B");
		String yesterday = FollowUpWebFixtures.now().minusDays(1).toLocalDate() + "T08:05";
		log(id, yesterday).andExpect(status().is3xxRedirection());
	}

	@ParameterizedTest
	@ValueSource(strings = { "2026-13-01 25:00", "2026-02-30 10:00", "2026-06-10 24:00", "2026-06-10 9:30",
			"2026/06/10 09:30", "10.06.2026 09:30", "2026-06-10", "2026-06-10 09:30:15", "2026-06-10\u000009:30",
			"2026-06-10\t09:30", "2026-06-10 09:30\n", "昨天下午", "+12026-06-10 09:30" })
	void aBadTimeIsAFieldErrorKeepingWhatWasTyped(String value) throws Exception {
		long id = FollowUpWebFixtures.customer(mvc, "manager1", "时间错误客户", "B");
		log(id, value).andExpect(status().isOk())
			.andExpect(content().string(containsString("请按“年-月-日 时:分”填写有效的日期和时间")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")))
			.andExpect(content().string(containsString("时间错误的电话")));
		assertThat(jdbc.queryForObject("select count(*) from follow_up where customer_id = ?", Long.class, id))
			.isZero();
	}

	@Test
	void theMessageIsInEnglishForAnEnglishUserAndTheTypedValueComesBack() throws Exception {
		long id = FollowUpWebFixtures.customer(mvc, "manager1", "Bad time", "B");
		mvc.perform(post("/customers/{id}/follow-ups", id).with(manager("manager1"))
			.with(csrf())
			.param("lang", "en")
			.param("occurredAt", "2026-13-01 25:00")
			.param("channel", "PHONE")
			.param("content", "call")
			.param("dealStatus", "NEGOTIATING")
			.param("grade", "B"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter a valid date and time as yyyy-MM-dd HH:mm")))
			.andExpect(content().string(containsString("value=\"2026-13-01 25:00\"")))
			.andExpect(content().string(not(containsString("Exception"))));
	}

	private ResultActions log(long id, String occurredAt) throws Exception {
		return mvc.perform(post("/customers/{id}/follow-ups", id).with(manager("manager1"))
			.with(csrf())
			.param("occurredAt", occurredAt)
			.param("channel", "PHONE")
			.param("content", "时间错误的电话")
			.param("dealStatus", "NEGOTIATING")
			.param("grade", "B"));
	}

}
