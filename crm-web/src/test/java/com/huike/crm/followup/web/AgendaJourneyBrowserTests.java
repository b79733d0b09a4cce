package com.huike.crm.followup.web;

import java.time.LocalDate;

import com.huike.crm.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static com.huike.crm.followup.web.FollowUpWebFixtures.ZONE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agenda journey in headless Chromium: manager1 signs in, lands on the agenda, logs a
 * follow-up on an overdue A customer, changes its grade to B and sees the next due date
 * move seven days out. The customer is created by the test.
 */
class AgendaJourneyBrowserTests extends BrowserTest {

	@Test
	void managerLogsAFollowUpOnAnOverdueACustomerFromTheAgendaAndTheNextDueDateMovesSevenDaysOut() throws Exception {
		// last followed up a year ago: the most overdue A customer, first on the agenda
		long id = FollowUpWebFixtures.overdueA(mvc, "manager1", "旅程逾期A客户", 365);
		LocalDate today = LocalDate.now(ZONE);

		signIn("manager1", "demo123");
		assertThat(browser().getCurrentUrl()).endsWith("/agenda");
		WebElement row = visible(By.cssSelector("#agenda-overdue tr[data-customer-id='" + id + "']"));
		assertThat(row.getText()).contains("旅程逾期A客户").contains("逾期 364 天");
		assertThat(visible(By.id("agenda-due-count")).getText()).matches("\\d+");

		click(By.cssSelector("tr[data-customer-id='" + id + "'] a.log-follow-up"));
		visible(By.id("follow-up-form"));
		assertThat(browser().findElement(By.tagName("h1")).getText()).contains("旅程逾期A客户");
		browser().findElement(By.cssSelector("input[name=channel][value=VISIT]")).click();
		browser().findElement(By.id("content")).sendKeys("上门拜访，客户预算推迟到下季度");
		browser().findElement(By.id("nextStep")).sendKeys("下周发报价");
		// the proposal follows the views as they are chosen (htmx): target need, not
		// urgent → B
		new org.openqa.selenium.support.ui.Select(browser().findElement(By.id("urgency"))).selectByValue("NOT_URGENT");
		String proposal = waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
			String text = d.findElement(By.id("grade-proposal")).getText();
			return text.contains("B") ? text : null;
		});
		assertThat(proposal).contains("系统建议").contains("B");
		click(By.cssSelector("input[name=grade][value=B]"));
		browser().findElement(By.id("reason")).sendKeys("成交推迟到三个月内");
		click(By.id("save-follow-up"));

		WebElement logged = visible(By.id("follow-up-logged"));
		assertThat(browser().getCurrentUrl()).contains("/agenda");
		assertThat(logged.getText()).contains("等级 B").contains(today.plusDays(7).toString());
		// due on the last day of the 7-day window, it sorts last: show the whole
		// upcoming list
		open("/agenda?show=upcoming&size=200");
		WebElement upcoming = visible(By.cssSelector("#agenda-upcoming tr[data-customer-id='" + id + "']"));
		assertThat(upcoming.findElement(By.cssSelector(".due-on")).getText()).isEqualTo(today.plusDays(7).toString());
		assertThat(upcoming.findElement(By.cssSelector(".grade-badge")).getText()).isEqualTo("B");
		assertThat(browser().findElements(By.cssSelector("#agenda-overdue tr[data-customer-id='" + id + "']")))
			.isEmpty();

		// the timeline names an archive change by its question's label
		FollowUpWebFixtures.answerCustomerData(mvc, "manager1", id, "旅程逾期A客户", "birthplace", "福建福州");
		open("/customers/" + id + "/timeline");
		WebElement change = visible(By.cssSelector("#timeline li[data-kind=ARCHIVE] .archive-field"));
		assertThat(change.getText()).isEqualTo("出生地");
		assertThat(browser().findElement(By.id("timeline")).getText()).doesNotContain("birthplace");
	}

}
