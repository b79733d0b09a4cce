package com.huike.crm.customer.web;

import com.huike.crm.BrowserTest;
import com.huike.crm.customer.CustomerService;
import com.huike.crm.customer.NewCustomer;
import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.identity.IdentityService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A supervisor's bulk 转交 in the browser: search the list, "select all on page", choose
 * the manager, confirm; the flash says how many changed hands.
 */
class BulkReassignmentBrowserTests extends BrowserTest {

	@Autowired
	CustomerService customers;

	@Autowired
	IdentityService identity;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aSupervisorSelectsAllOnThePageChoosesTheManagerAndConfirms() {
		String family = "浏览转交" + java.util.UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
		Long a = customers.create(
				new NewCustomer(family + "甲", null, null, null, Grade.C, DealStatus.POTENTIAL, null, null),
				identity.viewer("manager1").orElseThrow());
		Long b = customers.create(
				new NewCustomer(family + "乙", null, null, null, Grade.C, DealStatus.POTENTIAL, null, null),
				identity.viewer("manager1").orElseThrow());
		Long manager2 = identity.findByUsername("manager2").orElseThrow().getId();

		signIn("supervisor1", "demo123");
		open("/customers?q=" + family);
		visible(By.id("pick-" + a));
		// the filters still search as they change (htmx pushes the URL)...
		new Select(browser().findElement(By.id("grade"))).selectByValue("C");
		waiting().until(d -> d.getCurrentUrl().contains("grade=C"));
		visible(By.id("pick-" + a));
		click(By.id("pick-all"));
		assertThat(browser().findElement(By.id("pick-" + a)).isSelected()).isTrue();
		assertThat(browser().findElement(By.id("pick-" + b)).isSelected()).isTrue();
		// ...but choosing the manager does not (a search would clear the ticks)
		String searched = browser().getCurrentUrl();
		new Select(browser().findElement(By.id("bulk-owner"))).selectByValue(manager2.toString());
		sleepQuietly();
		assertThat(browser().getCurrentUrl()).isEqualTo(searched);
		assertThat(browser().findElement(By.id("pick-" + b)).isSelected()).isTrue();
		screenshot("bulk-reassign-list");
		click(By.id("bulk-reassign-submit"));

		visible(By.id("reassign-confirm"));
		assertThat(browser().findElement(By.id("reassign-summary")).getText()).contains("2").contains("李经理");
		assertThat(accessibilityViolations()).isEmpty();
		screenshot("bulk-reassign-confirm");
		click(By.id("reassign-confirm"));

		waiting().until(
				ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "已将 2 位客户转交给 李经理"));
		assertThat(jdbc.queryForList("select owner_id from customer where id in (?, ?)", Long.class, a, b))
			.containsOnly(manager2);
	}

	/** Longer than the search's 300 ms delay and its answer. */
	private static void sleepQuietly() {
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
