package com.huike.crm.complaint.web;

import com.huike.crm.BrowserTest;
import com.huike.crm.complaint.web.ComplaintWebFixtures.Caller;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A complaint the whole way in headless Chromium: agent1 finds the caller by the number
 * as caller ID gives it (typed and Enter, no mouse), records the complaint; csmanager1
 * confirms it to 售后服务部; handler1 takes it from the department's queue and records the
 * result; agent1 records the feedback and closes it; the timeline shows every step.
 */
class ComplaintJourneyBrowserTests extends BrowserTest {

	@Autowired
	ComplaintWebFixtures fixtures;

	@Test
	void agentTakesAComplaintManagerConfirmsHandlerAnswersAgentFeedsBackAndCloses() {
		Caller caller = fixtures.caller("manager1");
		String m = caller.mobile();

		signIn("agent1", "demo123");
		open("/desk");
		assertThat(visible(By.id("opening-line")).getText()).containsAnyOf("早上好", "您好", "快乐", "新年好", "拜年");
		visible(By.id("q")).sendKeys("+86 " + m.substring(0, 3) + " " + m.substring(3, 7) + "-" + m.substring(7),
				Keys.ENTER);
		assertThat(visible(By.id("lookup-matches")).getText()).contains(caller.name());
		click(By.cssSelector("#lookup-matches a.caller-link"));
		assertThat(visible(By.id("caller-card")).getText()).contains(caller.name()).contains(caller.code());
		assertThat(visible(By.id("opening-line")).getText()).contains("老板");
		click(By.id("type-COMPLAINT"));
		new Select(browser().findElement(By.id("categoryId"))).selectByVisibleText("产品质量");
		new Select(browser().findElement(By.id("severity"))).selectByVisibleText("严重");
		browser().findElement(By.id("description")).sendKeys("收到的玉溪有两条受潮");
		click(By.id("receive"));
		assertThat(visible(By.id("request-status")).getText()).isEqualTo("待确认");
		String path = browser().getCurrentUrl().replaceAll("^https?://[^/]+", "").replaceAll("[?#].*$", "");

		browser().manage().deleteAllCookies();
		signIn("csmanager1", "demo123");
		open("/complaints");
		assertThat(visible(By.id("to-confirm")).getText()).contains("收到的玉溪有两条受潮");
		open(path);
		new Select(visible(By.id("departmentId"))).selectByVisibleText("售后服务部");
		click(By.id("confirm"));
		assertThat(visible(By.id("request-status")).getText()).isEqualTo("已派单");

		browser().manage().deleteAllCookies();
		signIn("handler1", "demo123");
		open("/complaints/department");
		click(By.cssSelector("#department-queue a[href='" + path + "']"));
		click(By.id("take"));
		assertThat(visible(By.id("request-status")).getText()).isEqualTo("处理中");
		visible(By.id("result-text")).sendKeys("已上门调换两条，并请厂家核查批次");
		click(By.id("record-result"));
		assertThat(visible(By.id("request-status")).getText()).isEqualTo("已回复");

		browser().manage().deleteAllCookies();
		signIn("agent1", "demo123");
		open(path);
		assertThat(visible(By.id("request-result")).getText()).contains("已上门调换两条");
		visible(By.id("feedback-text")).sendKeys("已电话告知客户，客户表示满意");
		click(By.id("opinion-SATISFIED"));
		click(By.id("record-feedback"));
		assertThat(visible(By.id("request-status")).getText()).isEqualTo("已反馈");
		click(By.id("close"));
		assertThat(visible(By.id("request-status")).getText()).isEqualTo("已结案");
		assertThat(visible(By.id("complaint-timeline")).getText()).contains("受理")
			.contains("确认派单")
			.contains("部门受理")
			.contains("处理结果")
			.contains("反馈客户")
			.contains("结案")
			.contains("售后服务部");
		assertThat(accessibilityViolations()).isEmpty();
	}

}
