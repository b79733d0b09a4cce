package com.huike.crm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.fail;

/**
 * Base of the browser tests: Debian's headless Chromium driven through chromedriver
 * against the application of {@link WebIntegrationTest} (same Spring context, real port).
 * <p>
 * Nothing is ever downloaded: the driver and the browser are given by path
 * ({@code /usr/bin/chromedriver}, {@code /usr/bin/chromium}; override with the system
 * properties {@code huike.chromedriver} / {@code huike.chromium}), so Selenium Manager is
 * never asked, and it is told to stay offline anyway. Without Chromium the tests fail
 * with a message saying what to install; they never skip.
 * <p>
 * One browser per test class, with a fresh profile; cookies are cleared before each test.
 * Screenshots of failures go to {@code target/browser-screenshots/}.
 */
public abstract class BrowserTest extends WebIntegrationTest {

	/** Longest wait for the page to show what a test expects. */
	protected static final Duration WAIT = Duration.ofSeconds(15);

	private static final String DRIVER = System.getProperty("huike.chromedriver", "/usr/bin/chromedriver");

	private static final String BROWSER = System.getProperty("huike.chromium", "/usr/bin/chromium");

	private static WebDriver driver;

	private static Path profile;

	@RegisterExtension
	final TestWatcher screenshotOnFailure = new TestWatcher() {
		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			if (driver != null) {
				screenshot(context.getRequiredTestClass().getSimpleName() + "-"
						+ context.getDisplayName().replaceAll("[^A-Za-z0-9]+", "_"));
			}
		}
	};

	@LocalServerPort
	protected int port;

	@BeforeEach
	void openBrowser() {
		if (driver == null) {
			driver = start();
		}
		driver.manage().deleteAllCookies();
	}

	@AfterAll
	static void closeBrowser() {
		if (driver != null) {
			driver.quit();
			driver = null;
		}
		if (profile != null) {
			deleteQuietly(profile);
			profile = null;
		}
	}

	protected WebDriver browser() {
		return driver;
	}

	/** An absolute URL of this application for a path like {@code /customers}. */
	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	protected void open(String path) {
		driver.get(url(path));
	}

	/**
	 * The file the browser downloaded last whose name ends so, once complete (waiting for
	 * it); removed from the downloads, so that the next one is new.
	 */
	protected byte[] downloaded(String suffix) {
		Path downloads = profile.resolve("downloads");
		Path file = waiting().until(d -> {
			try (var files = Files.list(downloads)) {
				return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
			}
			catch (IOException ex) {
				return null;
			}
		});
		try {
			byte[] content = Files.readAllBytes(file);
			Files.delete(file);
			return content;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	protected WebDriverWait waiting() {
		return new WebDriverWait(driver, WAIT);
	}

	protected WebElement visible(By locator) {
		return waiting().until(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	/**
	 * Clicks what the locator finds once it is clickable (scrolled into view first),
	 * finding it again when htmx has swapped it out meanwhile.
	 */
	protected void click(By locator) {
		waiting().ignoring(StaleElementReferenceException.class)
			.ignoring(ElementClickInterceptedException.class)
			.until(d -> {
				WebElement element = ExpectedConditions.elementToBeClickable(locator).apply(d);
				if (element == null) {
					return false;
				}
				((JavascriptExecutor) d)
					.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
				element.click();
				return true;
			});
	}

	/** Signs in through the login form, as a person would. */
	protected void signIn(String username, String password) {
		open("/login");
		visible(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")).click();
		waiting().until(d -> !d.getCurrentUrl().contains("/login"));
	}

	/**
	 * The WCAG 2 A/AA violations axe-core finds on the page shown, one line per rule with
	 * its impact, help and the first nodes; empty when the page passes. axe-core comes
	 * from its WebJar on the test class path, never from the network.
	 */
	protected List<String> accessibilityViolations() {
		JavascriptExecutor js = (JavascriptExecutor) driver;
		if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined';"))) {
			js.executeScript(axeSource());
		}
		Object result = js.executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } })
				  .then(function (r) {
				    done(r.violations.map(function (v) {
				      return v.id + ' (' + v.impact + ', ' + v.nodes.length + ' nodes): ' + v.help + ' — '
				        + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(' | ');
				    }));
				  })
				  .catch(function (e) { done(['axe failed: ' + e]); });
				""");
		return ((List<?>) result).stream().map(String::valueOf).toList();
	}

	private static String axeSource() {
		String path = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
		try (InputStream in = BrowserTest.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("axe-core is not on the test class path: " + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Keeps a screenshot (named after the test) for looking at what the browser showed.
	 */
	protected void screenshot(String name) {
		try {
			Path dir = Path.of("target", "browser-screenshots");
			Files.createDirectories(dir);
			Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static WebDriver start() {
		Path driverPath = Path.of(DRIVER);
		Path browserPath = Path.of(BROWSER);
		if (!Files.isExecutable(driverPath) || !Files.isExecutable(browserPath)) {
			fail("The browser tests need Chromium and its driver at " + browserPath + " and " + driverPath
					+ ". Install them with: apt-get install chromium chromium-driver fonts-noto-cjk"
					+ " (./test.sh does, with apt), or point -Dhuike.chromium / -Dhuike.chromedriver at them.");
		}
		// never let Selenium Manager look for (or download) a driver or a browser
		System.setProperty("SE_OFFLINE", "true");
		System.setProperty("webdriver.chrome.driver", driverPath.toString());
		try {
			profile = Files.createTempDirectory("huike-chromium-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(browserPath.toFile());
		// files the pages offer (exports, error files) land in the profile's downloads
		options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory",
				profile.resolve("downloads").toAbsolutePath().toString(), "download.prompt_for_download", false));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-extensions", "--window-size=1280,900", "--lang=zh-CN",
				"--user-data-dir=" + profile.toAbsolutePath());
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driverPath.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver chrome = new ChromeDriver(service, options);
		chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		return chrome;
	}

	private static void deleteQuietly(Path dir) {
		try (var paths = Files.walk(dir)) {
			paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ignored) {
			// a temporary profile left behind is harmless
		}
	}

}
