package com.huike.crm.demand.web;

import com.huike.crm.BrowserTest;
import com.huike.crm.customer.CustomerService;
import com.huike.crm.customer.NewCustomer;
import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.identity.IdentityService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 缺货登记 in the browser: typing a name offers the matching customers (htmx), one is chosen,
 * the product typed, saved.
 */
class DemandPickerBrowserTests extends BrowserTest {

	@Autowired
	CustomerService customers;

	@Autowired
	IdentityService identity;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void typingTheNameOffersTheCustomerToChooseAndTheDemandIsSaved() {
		String name = DemandPickerTests.uniqueName("浏览缺货");
		Long id = customers.create(
				new NewCustomer(name, null, "13900139000", null, Grade.C, DealStatus.POTENTIAL, null, null),
				identity.viewer("manager1").orElseThrow());
		String product = DemandPickerTests.uniqueName("浏览商品");

		signIn("manager1", "demo123");
		open("/demands/new");
		visible(By.id("customerQuery")).sendKeys(name);
		visible(By.cssSelector("label[for='customer-" + id + "']"));
		assertThat(browser().findElement(By.id("customer-matches")).getText()).contains(name).contains("13900139000");
		assertThat(accessibilityViolations()).isEmpty();
		click(By.cssSelector("label[for='customer-" + id + "']"));
		browser().findElement(By.id("product")).sendKeys(product);
		screenshot("demand-picker");
		click(By.cssSelector("#demand-form button.btn-primary[type=submit]"));

		waiting().until(d -> d.getCurrentUrl().endsWith("/demands"));
		assertThat(jdbc.queryForObject("select customer_id from demand_registration where product = ?", Long.class,
				product))
			.isEqualTo(id);
	}

}
