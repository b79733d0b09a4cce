package com.huike.crm.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.huike.crm.BrowserTest;
import com.huike.crm.identity.IdentityService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every main page, as every demo role sees it, passes axe-core's WCAG 2 A/AA rules: no
 * violation on any (contrast included), so that one cannot creep back in.
 */
class AccessibilityBrowserTests extends BrowserTest {

	@Autowired
	IdentityService identity;

	private static final String CUSTOMER = "{customer}";

	/** The confirmation page of a bulk 转交 of that customer to manager2. */
	private static final String REASSIGN = "{reassign}";

	/** manager1's visit plan of this month; manager2's, which waits for supervisor1. */
	private static final String PLAN = "{plan}";

	private static final String WAITING_PLAN = "{waitingPlan}";

	private static final String TODAY = "{today}";

	/** The main pages of each demo role ({customer} is one of manager1's customers). */
	private static final Map<String, List<String>> PAGES = new LinkedHashMap<>();

	static {
		PAGES.put("manager1",
				List.of("/agenda", "/customers", "/customers/new", CUSTOMER, CUSTOMER + "/timeline",
						CUSTOMER + "/follow-ups/new", CUSTOMER + "/grade", CUSTOMER + "/history",
						CUSTOMER + "/sections/personal/edit", CUSTOMER + "/sections/family/edit", "/care/tasks",
						"/demands", "/demands/new", "/grades", "/visit-plans", PLAN, PLAN + "/days/" + TODAY,
						PLAN + "/days/" + TODAY + "?print", PLAN + "/results", "/analytics"));
		PAGES.put("supervisor1",
				List.of("/agenda/team", "/customers", CUSTOMER, CUSTOMER + "/timeline", CUSTOMER + "/grade",
						"/care/tasks", "/demands", "/grades", REASSIGN, "/visit-plans/team", WAITING_PLAN,
						"/analytics?months=12", "/spot-checks"));
		PAGES.put("admin",
				List.of("/customers", CUSTOMER, "/agenda/team", "/grades", "/demands", "/admin", "/admin/users",
						"/admin/teams", "/admin/care", "/admin/cadences", "/admin/calendar", "/admin/visit-plans",
						"/visit-plans/team"));
		PAGES.put("agent1", List.of("/customers", CUSTOMER));
		PAGES.put("csmanager1", List.of("/customers", "/analytics"));
		PAGES.put("handler1", List.of("/customers"));
	}

	@Test
	void everyMainPagePassesAxeForEveryDemoRole() {
		Map<String, List<String>> failures = new LinkedHashMap<>();
		open("/login");
		check("anonymous /login", failures);
		String customer = firstCustomerOf("manager1");
		String reassign = "/customers/reassignments/new?customerIds=" + customer.substring("/customers/".length())
				+ "&ownerId=" + identity.findByUsername("manager2").orElseThrow().getId();
		String plan = linkOf("manager1", "/visit-plans", "#open-current");
		String waitingPlan = linkOf("supervisor1", "/visit-plans/team", "#waiting a");
		String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
		PAGES.forEach((role, pages) -> {
			browser().manage().deleteAllCookies();
			signIn(role, "demo123");
			for (String page : pages) {
				open(page.replace(REASSIGN, reassign)
					.replace(CUSTOMER, customer)
					.replace(WAITING_PLAN, waitingPlan)
					.replace(PLAN, plan)
					.replace(TODAY, today));
				check(role + " " + page, failures);
			}
		});
		failures.forEach((page, violations) -> System.out.println("axe " + page + ": " + violations));
		assertThat(failures).as("axe-core WCAG 2 A/AA violations per page").isEmpty();
	}

	private void check(String page, Map<String, List<String>> failures) {
		visible(By.tagName("body"));
		List<String> violations = accessibilityViolations();
		if (!violations.isEmpty()) {
			failures.put(page, violations);
		}
	}

	private String linkOf(String user, String page, String selector) {
		signIn(user, "demo123");
		open(page);
		String href = visible(By.cssSelector(selector)).getAttribute("href");
		browser().manage().deleteAllCookies();
		return href.substring(href.indexOf("/visit-plans/")).replaceAll("[?#].*$", "");
	}

	private String firstCustomerOf(String manager) {
		signIn(manager, "demo123");
		open("/customers");
		WebElement link = visible(By.cssSelector("#results a[href*='/customers/']"));
		String href = link.getAttribute("href");
		browser().manage().deleteAllCookies();
		return href.substring(href.indexOf("/customers/")).replaceAll("[?#].*$", "");
	}

}
