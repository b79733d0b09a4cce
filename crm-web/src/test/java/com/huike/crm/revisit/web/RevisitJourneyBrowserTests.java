package com.huike.crm.revisit.web;

import com.huike.crm.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The revisit of a complaint in headless Chromium, the end of the journey: the
 * complaint was handled four days ago (the event the complaint feature publishes, with
 * its handling time four days back instead of a moved clock), so its revisit is in
 * {@code agent1}'s queue; the first call is not answered and the retry lands in another
 * slot; the second call scores the service; {@code csmanager1}'s weekly report counts it.
 */
class RevisitJourneyBrowserTests extends BrowserTest {

	@Autowired
	RevisitWebFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aMissedCallIsRetriedInAnotherSlotAndTheScoredRevisitCountsInTheWeeklyReport() {
		long doneBefore = jdbc.queryForObject(
				"""
						select count(*) from revisit where status = 'DONE'
						 and closed_at >= date_trunc('week', now() at time zone 'Asia/Shanghai') at time zone 'Asia/Shanghai'""",
				Long.class);
		RevisitWebFixtures.Revisit r = fixtures.handledDaysAgo(4);

		signIn("agent1", "demo123");
		open("/revisits");
		assertThat(visible(By.id("revisit-due-count")).getText()).isNotBlank();
		By row = By.id("revisit-" + r.id());
		// the agent goes through the queue, in due order, to the revisit
		for (int page = 0; page < 50 && browser().findElements(row).isEmpty(); page++) {
			click(By.cssSelector("a[rel=next]"));
			visible(By.id("revisit-queue"));
		}
		assertThat(browser().findElement(row).getText()).contains(r.customer().name()).contains("投诉回访");
		click(By.cssSelector("#revisit-" + r.id() + " a"));
		assertThat(visible(By.id("revisit-script")).getText()).contains("回访");

		// first call: no answer
		click(By.id("outcome-NO_ANSWER"));
		click(By.id("record-not-reached"));
		WebElement calls = visible(By.id("revisit-calls"));
		String calledIn = calls.findElement(By.cssSelector("tbody tr td[data-slot]")).getAttribute("data-slot");
		String retryIn = browser().findElement(By.id("revisit-slot")).getAttribute("data-slot");
		assertThat(retryIn).isNotEqualTo(calledIn);
		assertThat(browser().findElement(By.id("revisit-attempts")).getText()).startsWith("已拨打 1 次");

		// second call: reached, the service scored
		for (WebElement group : browser().findElements(By.cssSelector("#reached-form fieldset"))) {
			group.findElement(By.cssSelector("input[value='4']")).click();
		}
		browser().findElement(By.id("feedback")).sendKeys("问题已经解决，谢谢");
		click(By.id("save-revisit"));
		assertThat(visible(By.id("revisit-status")).getText()).isEqualTo("已回访");
		assertThat(browser().findElement(By.id("revisit-scores")).getText()).contains("问题解决");

		browser().manage().deleteAllCookies();
		signIn("csmanager1", "demo123");
		open("/revisits/reports?period=WEEK");
		assertThat(visible(By.id("report-heading")).getText()).contains("周报");
		assertThat(Long.parseLong(browser().findElement(By.id("report-done")).getText())).isEqualTo(doneBefore + 1);
		assertThat(browser().findElement(By.id("report-items")).getText()).contains("售后服务部").contains("问题解决");
	}

}
