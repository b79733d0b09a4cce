package com.huike.crm.visitplan.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Set;

import com.huike.crm.BrowserTest;
import com.huike.crm.care.web.CareWebFixtures;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.domain.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The visit plan's cycle in headless Chromium: a manager of 一组 generates the month's
 * plan, moves a visit and submits; supervisor1 rejects it with a reason; the manager sees
 * the reason, revises and resubmits; supervisor1 approves; the manager adds a temporary
 * task for today, opens today's list and its print view, marks the visit done (★), and
 * the visit is on the customer's timeline. The manager and the customer are made by the
 * test, so the demo's plans stay as they are.
 */
class VisitPlanJourneyBrowserTests extends BrowserTest {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Autowired
	IdentityService identity;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CareWebFixtures fixtures;

	@Test
	void generateMoveSubmitRejectReviseApprovePrintAndMarkAVisitDone() {
		String manager = CareWebFixtures.unique("lvcheng");
		Long team = jdbc.queryForObject("select id from team where name = '一组'", Long.class);
		identity.createUser(manager, "journey123", "旅程经理", Set.of(Role.MANAGER), team, null);
		CareWebFixtures.Customer customer = fixtures.customer(manager);
		LocalDate today = LocalDate.now(ZONE);
		YearMonth month = YearMonth.from(today);

		signIn(manager, "journey123");
		open("/visit-plans");
		click(By.id("generate-plan"));
		visible(By.id("plan-calendar"));
		String planUrl = browser().getCurrentUrl().replaceAll("[?#].*$", "");
		assertThat(visible(By.id("plan-status")).getText()).isEqualTo("计划");
		assertThat(browser().findElement(By.id("plan-grid")).getText()).contains(customer.name());

		// move the visit to the last day of the month
		click(By.cssSelector("#plan-actions a[href$='/edit']"));
		WebElement day = visible(By.id("day"));
		day.clear();
		day.sendKeys(month.atEndOfMonth().toString());
		click(By.cssSelector("form button[type=submit].btn-primary"));
		WebElement row = visible(By.cssSelector("#plan-actions tbody tr"));
		assertThat(row.getText()).contains(month.atEndOfMonth().toString());
		click(By.id("submit-plan"));
		assertThat(visible(By.id("plan-status")).getText()).isEqualTo("已提交");

		browser().manage().deleteAllCookies();
		signIn("supervisor1", "demo123");
		open("/visit-plans/team");
		assertThat(visible(By.id("waiting")).getText()).contains("旅程经理");
		open(planUrl.substring(planUrl.indexOf("/visit-plans/")));
		visible(By.id("reason")).sendKeys("请把拜访提前到月中");
		click(By.id("reject-plan"));
		assertThat(visible(By.id("plan-status")).getText()).isEqualTo("计划驳回");

		browser().manage().deleteAllCookies();
		signIn(manager, "journey123");
		open(planUrl.substring(planUrl.indexOf("/visit-plans/")));
		assertThat(visible(By.id("plan-reason")).getText()).contains("请把拜访提前到月中");
		click(By.cssSelector("#plan-actions a[href$='/edit']"));
		WebElement revised = visible(By.id("day"));
		revised.clear();
		revised.sendKeys(month.atDay(15).toString());
		click(By.cssSelector("form button[type=submit].btn-primary"));
		click(By.id("submit-plan"));
		assertThat(visible(By.id("plan-status")).getText()).isEqualTo("已提交");

		browser().manage().deleteAllCookies();
		signIn("supervisor1", "demo123");
		open(planUrl.substring(planUrl.indexOf("/visit-plans/")));
		click(By.id("approve-plan"));
		assertThat(visible(By.id("plan-status")).getText()).isEqualTo("已审批");

		browser().manage().deleteAllCookies();
		signIn(manager, "journey123");
		open(planUrl.substring(planUrl.indexOf("/visit-plans/")));
		assertThat(visible(By.id("plan-transitions")).getText()).contains("计划驳回").contains("请把拜访提前到月中").contains("已审批");
		// a temporary task for today (●)
		visible(By.id("customerCode")).sendKeys(customer.code());
		WebElement taskDay = browser().findElement(By.id("day"));
		taskDay.clear();
		taskDay.sendKeys(today.toString());
		new org.openqa.selenium.support.ui.Select(browser().findElement(By.id("actionTypeId")))
			.selectByVisibleText("客户关怀");
		browser().findElement(By.id("note")).sendKeys("客户来电要求上门");
		click(By.cssSelector("#add-action button[type=submit]"));
		assertThat(visible(By.id("plan-actions")).getText()).contains("●").contains("临时任务");

		open(planUrl.substring(planUrl.indexOf("/visit-plans/")) + "/days/" + today);
		assertThat(visible(By.id("day-list")).getText()).contains(customer.name()).contains("●");
		click(By.id("print-day"));
		assertThat(visible(By.id("print-list")).getText()).contains(customer.name()).contains("客户关怀");
		browser().navigate().back();
		click(By.cssSelector("#day-list a[href$='/done']"));
		visible(By.id("content")).sendKeys("上门送了新品资料，客户满意");
		browser().findElement(By.cssSelector("input[name=grade][value=B]")).click();
		click(By.id("mark-done"));
		assertThat(visible(By.id("day-list")).getText()).contains("★");

		open("/customers/" + customer.id() + "/timeline");
		assertThat(visible(By.tagName("main")).getText()).contains("上门送了新品资料，客户满意");
	}

}
