package com.huike.crm.followup.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import com.huike.crm.WebIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.huike.crm.followup.web.FollowUpWebFixtures.ZONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The agenda journey in headless Chromium: manager1 signs in, lands on the agenda, logs a
 * follow-up on an overdue A customer, changes its grade to B and sees the next due date
 * move seven days out. The customer is created by the test.
 * <p>
 * A minimal browser setup of its own (Debian's chromium and chromedriver by path, never a
 * download); it can move onto the shared {@code BrowserTest} base once that is on main.
 */
class AgendaJourneyBrowserTests extends WebIntegrationTest {

	private static final Duration WAIT = Duration.ofSeconds(15);

	private static WebDriver browser;

	private static Path profile;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() throws IOException {
		Path driver = Path.of(System.getProperty("huike.chromedriver", "/usr/bin/chromedriver"));
		Path chromium = Path.of(System.getProperty("huike.chromium", "/usr/bin/chromium"));
		if (!Files.isExecutable(driver) || !Files.isExecutable(chromium)) {
			fail("The browser tests need " + chromium + " and " + driver
					+ ": apt-get install chromium chromium-driver fonts-noto-cjk (.ci/run does)");
		}
		System.setProperty("SE_OFFLINE", "true");
		System.setProperty("webdriver.chrome.driver", driver.toString());
		profile = Files.createTempDirectory("huike-followup-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--no-first-run",
				"--disable-extensions", "--window-size=1280,900", "--lang=zh-CN",
				"--user-data-dir=" + profile.toAbsolutePath());
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile())
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (browser != null) {
			browser.quit();
			browser = null;
		}
		if (profile != null) {
			try (var paths = Files.walk(profile)) {
				paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	@Test
	void managerLogsAFollowUpOnAnOverdueACustomerFromTheAgendaAndTheNextDueDateMovesSevenDaysOut() throws Exception {
		// last followed up a year ago: the most overdue A customer, first on the agenda
		long id = FollowUpWebFixtures.overdueA(mvc, "manager1", "旅程逾期A客户", 365);
		LocalDate today = LocalDate.now(ZONE);

		try {
			signIn("manager1", "demo123");
			assertThat(browser.getCurrentUrl()).endsWith("/agenda");
			WebElement row = visible(By.cssSelector("#agenda-overdue tr[data-customer-id='" + id + "']"));
			assertThat(row.getText()).contains("旅程逾期A客户").contains("逾期 364 天");
			assertThat(visible(By.id("agenda-due-count")).getText()).matches("\\d+");

			click(By.cssSelector("tr[data-customer-id='" + id + "'] a.log-follow-up"));
			visible(By.id("follow-up-form"));
			assertThat(browser.findElement(By.tagName("h1")).getText()).contains("旅程逾期A客户");
			browser.findElement(By.cssSelector("input[name=channel][value=VISIT]")).click();
			browser.findElement(By.id("content")).sendKeys("上门拜访，客户预算推迟到下季度");
			browser.findElement(By.id("nextStep")).sendKeys("下周发报价");
			browser.findElement(By.cssSelector("input[name=grade][value=B]")).click();
			browser.findElement(By.id("reason")).sendKeys("成交推迟到三个月内");
			click(By.id("save-follow-up"));

			WebElement logged = visible(By.id("follow-up-logged"));
			assertThat(browser.getCurrentUrl()).contains("/agenda");
			assertThat(logged.getText()).contains("等级 B").contains(today.plusDays(7).toString());
			// due on the last day of the 7-day window, it sorts last: show the whole
			// upcoming list
			browser.get("http://localhost:" + port + "/agenda?show=upcoming&size=200");
			WebElement upcoming = visible(By.cssSelector("#agenda-upcoming tr[data-customer-id='" + id + "']"));
			assertThat(upcoming.findElement(By.cssSelector(".due-on")).getText())
				.isEqualTo(today.plusDays(7).toString());
			assertThat(upcoming.findElement(By.cssSelector(".grade-badge")).getText()).isEqualTo("B");
			assertThat(browser.findElements(By.cssSelector("#agenda-overdue tr[data-customer-id='" + id + "']")))
				.isEmpty();
		}
		catch (AssertionError | RuntimeException ex) {
			screenshot("agenda-journey-failure");
			throw ex;
		}
	}

	private void signIn(String username, String password) {
		browser.get("http://localhost:" + port + "/login");
		visible(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")).click();
		new WebDriverWait(browser, WAIT).until(d -> !d.getCurrentUrl().contains("/login"));
	}

	/**
	 * Scrolls the element into the middle of the window, as a person would, and clicks
	 * it.
	 */
	private void click(By locator) {
		WebElement element = visible(locator);
		// instant: Bootstrap makes scrolling smooth, and a click during the animation
		// lands elsewhere
		((JavascriptExecutor) browser)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		new WebDriverWait(browser, WAIT).until(ExpectedConditions.elementToBeClickable(element)).click();
	}

	private WebElement visible(By locator) {
		return new WebDriverWait(browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	private static void screenshot(String name) {
		try {
			Path dir = Path.of("target", "browser-screenshots");
			Files.createDirectories(dir);
			Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
