package com.huike.crm.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.huike.crm.WebIntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What every page shares: the favicon, the navigation bar's buttons and focus, and
 * English texts without Chinese (full-width) punctuation.
 */
class LayoutTests extends WebIntegrationTest {

	/**
	 * Full-width punctuation of Chinese texts: ，。：；！？（）、「」《》 and the ideographic space.
	 */
	static final Pattern FULL_WIDTH = Pattern.compile("[\\u3000-\\u3003\\u3008-\\u3011\\uFF01-\\uFF0F\\uFF1A-\\uFF1F]");

	@org.springframework.beans.factory.annotation.Autowired
	org.thymeleaf.spring6.SpringTemplateEngine templates;

	/**
	 * Every expression of every template fits in Thymeleaf's expression cache (500 by
	 * default: a day across the pages would keep parsing them again).
	 */
	@Test
	void theTemplateEngineCachesEveryExpressionOfEveryTemplate() throws IOException {
		Pattern attribute = Pattern.compile("(?:th|sec):[a-z-]+=\"([^\"]*)\"");
		java.util.Set<String> expressions = new java.util.HashSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				attribute.matcher(Files.readString(file, StandardCharsets.UTF_8))
					.results()
					.forEach(m -> expressions.add(m.group(1)));
			}
		}
		org.thymeleaf.cache.StandardCacheManager caches = (org.thymeleaf.cache.StandardCacheManager) templates
			.getCacheManager();
		assertThat(expressions).hasSizeGreaterThan(500);
		// each attribute holds one expression or a few
		assertThat(caches.getExpressionCacheMaxSize()).isGreaterThanOrEqualTo(4 * expressions.size());
		assertThat(caches.getTemplateCacheMaxSize()).isGreaterThan(200);
	}

	@org.springframework.beans.factory.annotation.Autowired
	org.thymeleaf.spring6.view.ThymeleafViewResolver views;

	/**
	 * Pages render in memory by chunks, then are written at once (BufferedThymeleafView).
	 */
	@Test
	void pagesAreRenderedInChunksBeforeTheyAreWritten() throws Exception {
		assertThat(views.resolveViewName("login", java.util.Locale.CHINA)).isInstanceOf(BufferedThymeleafView.class);
		assertThat(views.getProducePartialOutputWhileProcessing()).isTrue();
		mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(containsString("</html>")));
	}

	@Test
	void everyPageNamesItsFaviconAndTheFaviconIsServedToAnybody() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(content().string(containsString("rel=\"icon\" type=\"image/svg+xml\" href=\"/favicon.svg\"")));
		mvc.perform(get("/favicon.svg")).andExpect(status().isOk()).andExpect(content().string(containsString("<svg")));
	}

	@Test
	void buttonsKeepTheirWordsOnOneLineAndFocusShowsOnTheNavigationBar() throws Exception {
		mvc.perform(get("/css/app.css"))
			.andExpect(content().string(containsString(".btn { white-space: nowrap; }")))
			.andExpect(content().string(containsString(".nav-search { min-width:")))
			.andExpect(content().string(containsString(".navbar.bg-primary :is(a, button, input):focus-visible")));
		mvc.perform(get("/customers").with(user("manager1").roles("MANAGER")))
			.andExpect(content().string(containsString("nav-search")));
	}

	@Test
	void englishBundlesHaveNoFullWidthPunctuation() throws IOException {
		try (Stream<Path> bundles = Files.list(Path.of("src/main/resources/i18n"))) {
			List<Path> english = bundles.filter(p -> p.getFileName().toString().endsWith("_en.properties")).toList();
			assertThat(english).isNotEmpty();
			for (Path bundle : english) {
				assertThat(Files.readAllLines(bundle, StandardCharsets.UTF_8)).as(bundle.getFileName().toString())
					.noneMatch(line -> !line.startsWith("#") && FULL_WIDTH.matcher(line).find());
			}
		}
	}

	@Test
	void templatesPutNoFullWidthPunctuationIntoTextsTheyPutTogether() throws IOException {
		// a literal like '（' + … or + '：' would show in English pages too: such
		// punctuation comes from the bundles (text.labelled, text.parenthesized …)
		Pattern literal = Pattern.compile("'[^']*" + FULL_WIDTH.pattern() + "[^']*'|</(span|strong)>"
				+ FULL_WIDTH.pattern() + "|</span>" + FULL_WIDTH.pattern());
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
				assertThat(Files.readAllLines(template, StandardCharsets.UTF_8)).as(template.toString())
					.noneMatch(line -> literal.matcher(line).find());
			}
		}
	}

	@Test
	void anEnglishArchiveShowsNoFullWidthPunctuation() throws Exception {
		String location = mvc
			.perform(post("/customers").with(user("manager1").roles("MANAGER"))
				.with(csrf())
				.param("name", "Li Ming")
				.param("grade", "B")
				.param("dealStatus", "NEGOTIATING"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String page = mvc.perform(get(location).param("lang", "en").with(user("manager1").roles("MANAGER")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String text = page.replaceAll("(?s)<script.*?</script>", "").replaceAll("<[^>]+>", " ");
		assertThat(FULL_WIDTH.matcher(text).results().map(r -> r.group())).isEmpty();
		assertThat(text).contains("Name:");
	}

}
