package com.huike.crm.calendar.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import com.huike.crm.WebIntegrationTest;
import com.huike.crm.calendar.WorkingDays;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class CalendarAdminPagesTests extends WebIntegrationTest {

	@Autowired
	WorkingDays workingDays;

	@Test
	void theYearViewShowsNationalDay2026WithItsMakeUpWorkdays() throws Exception {
		mvc.perform(get("/admin/calendar").param("year", "2026").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("2026-09-20"), containsString("2026-10-07"), containsString("2026-10-10"),
						containsString("国庆节"), containsString("调休上班"), containsString("全年工作日 248 天"))));
	}

	@Test
	void administratorAddsAMakeUpSaturdayAndRemovesItAgain() throws Exception {
		LocalDate saturday = LocalDate.of(2034, 3, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
		assertThat(workingDays.isWorkingDay(saturday)).isFalse();

		mvc.perform(post("/admin/calendar/days").with(user("admin").roles("ADMIN"))
			.with(csrf())
			.param("day", saturday.toString())
			.param("kind", "WORKDAY")
			.param("name", "补班")).andExpect(redirectedUrl("/admin/calendar?year=2034"));
		assertThat(workingDays.isWorkingDay(saturday)).isTrue();
		mvc.perform(get("/admin/calendar").param("year", "2034").with(user("admin").roles("ADMIN")))
			.andExpect(content().string(allOf(containsString(saturday.toString()), containsString("补班"))));

		mvc.perform(post("/admin/calendar/days/{day}/delete", saturday).with(user("admin").roles("ADMIN")).with(csrf()))
			.andExpect(redirectedUrl("/admin/calendar?year=2034"));
		assertThat(workingDays.isWorkingDay(saturday)).isFalse();
	}

	@Test
	void aMakeUpWorkdayOnAWeekdayIsRefusedAndTheFormKeepsTheInput() throws Exception {
		LocalDate wednesday = LocalDate.of(2034, 5, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));

		mvc.perform(post("/admin/calendar/days").with(user("admin").roles("ADMIN"))
			.with(csrf())
			.param("day", wednesday.toString())
			.param("kind", "WORKDAY")
			.param("name", "误填的补班"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("调休上班日应在周六或周日"), containsString("value=\"误填的补班\""),
					containsString("value=\"" + wednesday + "\""))));
	}

	@Test
	void anImpossibleDateIsExplained() throws Exception {
		mvc.perform(post("/admin/calendar/days").with(user("admin").roles("ADMIN"))
			.with(csrf())
			.param("day", "2034-02-30")
			.param("kind", "HOLIDAY"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请输入有效的日期")));
		mvc.perform(get("/admin/calendar").param("year", "3000").with(user("admin").roles("ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("只支持 1901 年至 2099 年")));
	}

	@Test
	void onlyTheAdministratorEditsTheCalendar() throws Exception {
		mvc.perform(get("/admin/calendar").with(user("manager1").roles("MANAGER"))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/calendar/days").with(user("supervisor1").roles("SUPERVISOR"))
			.with(csrf())
			.param("day", "2034-06-03")
			.param("kind", "HOLIDAY")).andExpect(status().isForbidden());
	}

}
