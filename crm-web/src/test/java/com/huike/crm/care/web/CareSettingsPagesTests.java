package com.huike.crm.care.web;

import com.huike.crm.WebIntegrationTest;
import com.huike.crm.care.CareSettingsService;
import com.huike.crm.care.CareSettingsView;
import com.huike.crm.identity.IdentityService;
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

class CareSettingsPagesTests extends WebIntegrationTest {

	@Autowired
	CareSettingsService settings;

	@Autowired
	IdentityService identity;

	@Test
	void theLunarFestivalsLanternDragonBoatAndDoubleNinthAreAmongTheHolidaysToChoose() throws Exception {
		mvc.perform(get("/admin/care").with(user("admin").roles("ADMIN")))
			.andExpect(content().string(allOf(containsString("value=\"LANTERN_FESTIVAL\""), containsString("元宵节"),
					containsString("value=\"DRAGON_BOAT_FESTIVAL\""), containsString("端午节"),
					containsString("value=\"DOUBLE_NINTH_FESTIVAL\""), containsString("重阳节"))));
	}

	@Test
	void administratorChangesTheLeadDaysAndTheGreetedGrades() throws Exception {
		CareSettingsView before = settings.current();
		try {
			mvc.perform(post("/admin/care").with(user("admin").roles("ADMIN"))
				.with(csrf())
				.param("birthdayLeadDays", "5")
				.param("holidayLeadDays", "2")
				.param("holidays", "SPRING_FESTIVAL", "MID_AUTUMN")
				.param("holidayGrades", "A", "B")).andExpect(redirectedUrl("/admin/care"));

			CareSettingsView after = settings.current();
			assertThat(after.birthdayLeadDays()).isEqualTo(5);
			assertThat(after.holidayLeadDays()).isEqualTo(2);
			assertThat(after.holidayGrades()).extracting(Enum::name).containsExactlyInAnyOrder("A", "B");
			assertThat(after.holidays()).extracting(Enum::name)
				.containsExactlyInAnyOrder("SPRING_FESTIVAL", "MID_AUTUMN");
			mvc.perform(get("/admin/care").with(user("admin").roles("ADMIN")))
				.andExpect(content().string(allOf(containsString("客户关怀设置"), containsString("value=\"5\""))));
		}
		finally {
			settings.change(before, identity.viewer("admin").orElseThrow());
		}
	}

	@Test
	void eightDaysAheadIsRejectedWithAMessageAndTheFormKeepsTheInput() throws Exception {
		mvc.perform(post("/admin/care").with(user("admin").roles("ADMIN"))
			.with(csrf())
			.param("birthdayLeadDays", "8")
			.param("holidayLeadDays", "3")
			.param("holidays", "NATIONAL_DAY"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("生日提醒须提前 2 到 7 天"), containsString("value=\"8\""))));
		assertThat(settings.current().birthdayLeadDays()).isNotEqualTo(8);
	}

	@Test
	void textInsteadOfANumberIsExplainedInEnglishToo() throws Exception {
		mvc.perform(post("/admin/care").with(user("admin").roles("ADMIN"))
			.with(csrf())
			.param("lang", "en")
			.param("birthdayLeadDays", "abc")
			.param("holidayLeadDays", "3"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Enter a whole number from 2 to 7"), containsString("value=\"abc\""))));
	}

	@Test
	void onlyTheAdministratorOpensTheSettings() throws Exception {
		mvc.perform(get("/admin/care").with(user("manager1").roles("MANAGER"))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/care").with(user("supervisor1").roles("SUPERVISOR"))
			.with(csrf())
			.param("birthdayLeadDays", "4")
			.param("holidayLeadDays", "3")).andExpect(status().isForbidden());
	}

}
