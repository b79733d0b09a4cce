package com.huike.crm.analytics.web;

import com.huike.crm.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard in headless Chromium: supervisor1 sees the key-account alert of 一组 on the
 * home page, opens 统计分析, where ECharts has drawn the charts from the tables' numbers,
 * follows the alert to the customer's archive, and follows a grade's count to the
 * customer list of that grade.
 */
class AnalyticsJourneyBrowserTests extends BrowserTest {

	@Test
	void supervisorFollowsTheConcentrationAlertToTheCustomerAndAFigureToItsList() {
		signIn("supervisor1", "demo123");
		open("/agenda/team");
		assertThat(visible(By.cssSelector(".analytics-alert")).getText()).contains("一组").contains("20");
		click(By.id("nav-analytics"));
		assertThat(visible(By.cssSelector("h1")).getText()).isEqualTo("统计分析");
		// the charts are drawn (SVG) from the same numbers as the tables under them
		assertThat(visible(By.cssSelector(".analytics-chart svg")).isDisplayed()).isTrue();
		assertThat(browser().findElements(By.cssSelector(".analytics-chart svg"))).hasSizeGreaterThanOrEqualTo(3);
		screenshot("analytics-dashboard");
		// the grade structure over the months, loyalty and the visit plans are drawn too
		for (String section : java.util.List.of("analytics-grade-months", "analytics-loyalty", "visit-plan-figures")) {
			WebElement chart = visible(By.cssSelector("#" + section + " .analytics-chart"));
			((org.openqa.selenium.JavascriptExecutor) browser()).executeScript("arguments[0].scrollIntoView()", chart);
			assertThat(chart.findElements(By.tagName("svg"))).as(section).isNotEmpty();
			screenshot(section);
		}
		String customer = visible(By.cssSelector(".analytics-alert-customer")).getText();
		click(By.cssSelector(".analytics-alert-customer"));
		assertThat(visible(By.cssSelector("h1")).getText()).contains(customer);

		open("/analytics");
		String count = visible(By.cssSelector("#table-grades tbody tr:first-child a")).getText();
		click(By.cssSelector("#table-grades tbody tr:first-child a"));
		assertThat(browser().getCurrentUrl()).contains("/customers?grade=");
		assertThat(visible(By.tagName("main")).getText()).contains(count);

		click(By.id("nav-spot-checks"));
		new Select(visible(By.id("managerId"))).selectByVisibleText("李经理");
		WebElement size = visible(By.id("size"));
		size.clear();
		size.sendKeys("2");
		click(By.id("spot-check-draw-submit"));
		WebElement row = visible(By.cssSelector("#spot-check-round tbody tr"));
		String archive = row.findElement(By.cssSelector("td:nth-child(2) a"))
			.getAttribute("href")
			.replaceAll("^https?://[^/]+", "");
		String rowId = row.getAttribute("id").replace("spot-check-", "");
		new Select(visible(By.id("result-" + rowId))).selectByValue("FAIL");
		visible(By.id("findings-" + rowId)).sendKeys("客户已搬店，档案地址未更新");
		click(By.cssSelector("#spot-check-" + rowId + " button[type=submit]"));
		assertThat(visible(By.id("spot-check-" + rowId)).getText()).contains("不合格").contains("客户已搬店");

		browser().manage().deleteAllCookies();
		signIn("manager2", "demo123");
		open(archive);
		assertThat(visible(By.id("spot-checks-panel")).getText()).contains("客户已搬店，档案地址未更新");
		click(By.cssSelector("#spot-checks-panel .spot-check-fix"));
		assertThat(visible(By.id("spot-checks-panel")).getText()).contains("已整改");
	}

}
