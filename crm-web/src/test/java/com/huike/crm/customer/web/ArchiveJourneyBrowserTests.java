package com.huike.crm.customer.web;

import java.util.Map;

import com.huike.crm.BrowserTest;
import com.huike.crm.customer.CustomerDetails;
import com.huike.crm.customer.CustomerProfileService;
import com.huike.crm.customer.CustomerService;
import com.huike.crm.customer.NewCustomer;
import com.huike.crm.customer.ProfileSection;
import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.Viewer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journey of issue 2 in a real browser: a customer manager signs in, finds a customer
 * by the pinyin initials of the name while typing (htmx), opens the archive, edits
 * section 1 and sees the change, old and new value, in the history.
 */
class ArchiveJourneyBrowserTests extends BrowserTest {

	@Autowired
	CustomerService customers;

	@Autowired
	IdentityService identity;

	@Autowired
	CustomerProfileService profiles;

	@Test
	void managerFindsACustomerByPinyinInitialsEditsSectionOneAndSeesTheChangeInTheHistory() {
		Viewer manager1 = identity.viewer("manager1").orElseThrow();
		Long id = customers.create(
				new NewCustomer("欧阳明珠", "明珠商贸有限公司", "13811112222", null, Grade.B, DealStatus.NEGOTIATING, "便利店", null),
				manager1);
		profiles.update(id, customers.get(id, manager1).version(), ProfileSection.PERSONAL, Map.of("jobTitle", "采购主管"),
				manager1);
		CustomerDetails customer = customers.get(id, manager1);

		signIn("manager1", "demo123");
		open("/customers");
		WebElement box = visible(By.id("q"));
		// a marker that a full page load would wipe: the results must come from htmx
		JavascriptExecutor js = (JavascriptExecutor) browser();
		js.executeScript("window.journeyMarker = 'still here';");
		box.sendKeys("oymz");
		By result = By.cssSelector("#results a[href$='/customers/" + id + "']");
		visible(result);
		assertThat(js.executeScript("return window.journeyMarker;")).isEqualTo("still here");
		// the address bar follows the search, so it can be bookmarked or reloaded
		waiting().until(ExpectedConditions.urlContains("q=oymz"));

		click(result);
		waiting().until(d -> d.getCurrentUrl().endsWith("/customers/" + id));
		assertThat(visible(By.tagName("h1")).getText()).contains("欧阳明珠");
		assertThat(browser().findElement(By.id("customer-code")).getText()).isEqualTo(customer.code());
		assertThat(browser().findElement(By.tagName("main")).getText()).contains("明珠商贸有限公司", "13811112222");
		screenshot("archive-journey-detail");

		click(By.cssSelector("#section-personal a[href$='/sections/personal/edit']"));
		WebElement jobTitle = visible(By.id("f-jobTitle"));
		assertThat(jobTitle.getDomProperty("value")).isEqualTo("采购主管");
		jobTitle.clear();
		jobTitle.sendKeys("采购总监");
		click(By.cssSelector("form[action$='/sections/personal/edit'] button.btn-primary"));
		waiting().until(d -> d.getCurrentUrl().matches(".*/customers/" + id + "(#.*)?$"));
		assertThat(visible(By.id("section-personal")).getText()).contains("采购总监");

		click(By.cssSelector("#recent-changes a[href$='/customers/" + id + "/history']"));
		WebElement line = visible(By.cssSelector("#history tr.change"));
		assertThat(line.findElement(By.cssSelector(".field")).getText()).isEqualTo("职称");
		assertThat(line.findElement(By.cssSelector(".old")).getText()).isEqualTo("采购主管");
		assertThat(line.findElement(By.cssSelector(".new")).getText()).isEqualTo("采购总监");
		assertThat(line.getText()).contains("王经理");
		screenshot("archive-journey-history");
	}

}
