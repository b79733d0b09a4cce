package com.huike.crm.identity.web;

import com.huike.crm.BrowserTest;
import com.huike.crm.customer.CustomerService;
import com.huike.crm.customer.NewCustomer;
import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.identity.IdentityService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator's and the supervisor's pages in a real browser, confirmation dialogs
 * included.
 */
class AdministrationBrowserTests extends BrowserTest {

	@Autowired
	IdentityService identity;

	@Autowired
	CustomerService customers;

	@Test
	void adminAddsAUserAndResetsTheirPasswordAfterConfirming() {
		signIn("admin", "demo123");
		click(By.linkText("系统管理"));
		click(By.id("admin-users"));
		click(By.id("add-user"));

		visible(By.id("username")).sendKeys("liulan");
		browser().findElement(By.id("displayName")).sendKeys("刘岚");
		click(By.cssSelector("label[for='role-AGENT']"));
		new Select(browser().findElement(By.id("teamId"))).selectByVisibleText("一组");
		browser().findElement(By.id("department")).sendKeys("客服中心");
		browser().findElement(By.id("password")).sendKeys("chushimima1");
		click(By.cssSelector("#new-user button[type=submit]"));

		assertThat(visible(By.cssSelector("[role=status]")).getText()).contains("用户已创建");
		assertThat(browser().findElement(By.id("edit-username")).getText()).isEqualTo("liulan");
		// MANAGER is ticked by default on a new user; AGENT was added
		assertThat(browser().findElement(By.id("role-MANAGER")).isSelected()).isTrue();
		assertThat(browser().findElement(By.id("role-AGENT")).isSelected()).isTrue();
		assertThat(new Select(browser().findElement(By.id("teamId"))).getFirstSelectedOption().getText())
			.isEqualTo("一组");

		browser().findElement(By.id("newPassword")).sendKeys("xinmima2026");
		browser().findElement(By.id("confirmPassword")).sendKeys("xinmima2026");
		click(By.cssSelector("#reset-password button[type=submit]"));
		Alert confirm = waiting().until(ExpectedConditions.alertIsPresent());
		assertThat(confirm.getText()).contains("确定要重置 liulan 的密码吗");
		confirm.accept();
		assertThat(visible(By.cssSelector("[role=status]")).getText()).contains("密码已重置");
		screenshot("admin-user-edit");

		browser().manage().deleteAllCookies();
		signIn("liulan", "xinmima2026");
		assertThat(browser().getCurrentUrl()).doesNotContain("/login");
	}

	@Test
	void supervisorHandsACustomerToAnotherManagerOfTheTeam() {
		Long id = customers.create(
				new NewCustomer("转交浏览器", null, null, null, Grade.C, DealStatus.POTENTIAL, null, null),
				identity.viewer("manager1").orElseThrow());
		signIn("supervisor1", "demo123");
		open("/customers/" + id);
		new Select(visible(By.id("assignment-owner"))).selectByVisibleText("李经理 (manager2)");
		click(By.cssSelector("#customer-assignment button[type=submit]"));
		waiting().until(ExpectedConditions.alertIsPresent()).accept();

		assertThat(visible(By.cssSelector("[role=status]")).getText()).contains("客户已转交");
		assertThat(browser().findElement(By.tagName("main")).getText()).contains("李经理");
		screenshot("supervisor-reassignment");
	}

}
