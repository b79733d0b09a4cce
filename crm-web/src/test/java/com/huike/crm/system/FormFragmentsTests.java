package com.huike.crm.system;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.huike.crm.WebIntegrationTest;
import com.huike.crm.followup.web.FollowUpWebFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The form fields of {@code fragments/forms.html}, seen on real forms posted with
 * mistakes: each message stands next to its field, the field is marked invalid and
 * described by the message (and its help), its label points at it, and what was typed is
 * shown again.
 */
class FormFragmentsTests extends WebIntegrationTest {

	private static final RequestPostProcessor MANAGER = user("manager1").roles("MANAGER");

	private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

	private static final ZoneId ZONE = FollowUpWebFixtures.ZONE;

	@Test
	void inputAndTextareaShowTheirMessagesAndKeepWhatWasTyped() throws Exception {
		String longNote = "很".repeat(501);
		Page page = demand("", "十", LocalDate.now(ZONE).toString(), longNote);

		assertThat(page.element("customerId-error").toString()).isNotNull();
		assertThat(page.html).contains("请查找并选择客户");
		page.invalidField("quantity", "数量").hasValue("十");
		page.invalidField("note", "500").hasText(longNote);
		page.validField("product").hasValue("中华");
		page.validField("customerQuery").hasValue("张");
		assertThat(page.control("quantity").attribute("required")).isEqualTo("required");
		assertThat(page.label("quantity")).contains("<span class=\"text-danger\">*</span>");
	}

	@Test
	void dateKeepsAnImpossibleDayAndSaysWhy() throws Exception {
		Page page = demand("", "1", "2024-13-45", "");

		page.invalidField("requestedOn", "日期").hasValue("2024-13-45");
		// yyyy-MM-dd in every language, not the browser's locale (mm/dd/yyyy in English)
		assertThat(page.control("requestedOn").attribute("type")).isEqualTo("text");
		assertThat(page.control("requestedOn").attribute("placeholder")).isEqualTo("yyyy-MM-dd");
		assertThat(page.control("requestedOn").attribute("pattern"))
			.isEqualTo("[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]");
		assertThat(page.control("requestedOn").attribute("inputmode")).isEqualTo("numeric");
		assertThat(page.control("requestedOn").attribute("class")).contains("date-input");
	}

	@Test
	void selectIsMarkedWhenNothingIsChosenAndTheOtherSelectKeepsItsChoice() throws Exception {
		long customer = customer("表单下拉客户");
		Page page = adjustment(customer, "COMPENSATION", "", "");

		page.invalidField("responsibility", "责任");
		assertThat(page.control("kind").tag).startsWith("<select");
		assertThat(page.html).containsPattern("<option value=\"COMPENSATION\" selected=\"selected\">");
		page.validField("reason").hasText("包装破损");
	}

	@Test
	void helpTextAndMessageBothDescribeTheField() throws Exception {
		long customer = customer("表单帮助客户");
		Page page = adjustment(customer, "RETURN", "abc", "OURS");

		page.invalidField("quantity", "数字").hasValue("abc");
		assertThat(page.control("quantity").attribute("aria-describedby")).isEqualTo("quantity-help quantity-error");
		assertThat(page.element("quantity-help").tag).contains("class=\"form-text\"");
	}

	@Test
	void radioGroupWithoutAChoiceIsMarkedAndTheOtherGroupKeepsItsChoice() throws Exception {
		long customer = customer("表单单选客户");
		Page page = page(post("/customers/{id}/follow-ups", customer).with(MANAGER)
			.param("occurredAt", FollowUpWebFixtures.now().minusHours(1).format(FollowUpWebFixtures.INPUT))
			.param("content", "电话沟通")
			.param("dealStatus", "NEGOTIATING")
			.param("grade", "B"));

		page.invalidGroup("channel", "追踪方式");
		Element chosen = page.option("grade", "B");
		assertThat(chosen.attribute("checked")).isEqualTo("checked");
		assertThat(chosen.attribute("aria-invalid")).isNull();
		assertThat(page.labelFor(chosen.attribute("id"))).isNotNull();
	}

	@Test
	void checkBoxGroupWithoutATickIsMarked() throws Exception {
		Page page = page(post("/admin/users").with(ADMIN)
			.param("username", "biaodan")
			.param("displayName", "表单用户")
			.param("teamId", "")
			.param("password", "long-enough-1"));

		page.invalidGroup("roles", "角色");
		assertThat(page.option("roles", "AGENT").attribute("id")).isEqualTo("role-AGENT");
		page.validField("displayName").hasValue("表单用户");
	}

	@Test
	void fieldsDrawnFromTheProfileCatalogShowTheirMessagesToo() throws Exception {
		long customer = customer("表单档案客户");
		Page page = page(post("/customers/{id}/sections/personal/edit", customer).with(MANAGER)
			.param("version", "0")
			.param("name", "表单档案客户")
			.param("birthDate", "1980-13-45")
			.param("jobTitle", "采购"));

		page.invalidField("f-birthDate", "日期").hasValue("1980-13-45");
		page.validField("f-jobTitle").hasValue("采购");
		assertThat(page.control("f-birthDate").attribute("name")).isEqualTo("birthDate");
	}

	private long customer(String name) throws Exception {
		return FollowUpWebFixtures.customer(this.mvc, "manager1", name, "C");
	}

	private Page demand(String customerId, String quantity, String requestedOn, String note) throws Exception {
		return page(post("/demands").with(MANAGER)
			.param("customerQuery", "张")
			.param("customerId", customerId)
			.param("product", "中华")
			.param("quantity", quantity)
			.param("requestedOn", requestedOn)
			.param("note", note));
	}

	private Page adjustment(long customer, String kind, String quantity, String responsibility) throws Exception {
		return page(post("/customers/{id}/adjustments", customer).with(MANAGER)
			.param("date", LocalDate.now(ZONE).toString())
			.param("kind", kind)
			.param("product", "中华")
			.param("quantity", quantity)
			.param("amount", "12.50")
			.param("reason", "包装破损")
			.param("responsibility", responsibility));
	}

	private Page page(MockHttpServletRequestBuilder request) throws Exception {
		String html = this.mvc.perform(request.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return new Page(html);
	}

	/** A start tag and its attributes. */
	record Element(String tag, int start, Map<String, String> attributes) {

		private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:-]+)(?:=\"([^\"]*)\")?");

		static Element at(String html, int start) {
			int end = html.indexOf('>', start);
			String tag = html.substring(start, end + 1);
			Map<String, String> attributes = new LinkedHashMap<>();
			Matcher m = ATTRIBUTE.matcher(tag.substring(tag.indexOf(' ') + 1, tag.length() - 1));
			while (m.find()) {
				attributes.put(m.group(1), (m.group(2) != null) ? m.group(2) : m.group(1));
			}
			return new Element(tag, start, attributes);
		}

		String attribute(String name) {
			return this.attributes.get(name);
		}

	}

	/** The rendered page, searched the way a reader of the HTML would. */
	static final class Page {

		final String html;

		Page(String html) {
			this.html = html;
		}

		Element element(String id) {
			int at = this.html.indexOf(" id=\"" + id + "\"");
			assertThat(at).as("element #%s", id).isNotNegative();
			return Element.at(this.html, this.html.lastIndexOf('<', at));
		}

		Element control(String id) {
			Element element = element(id);
			assertThat(element.tag()).matches("<(input|select|textarea)\\b(?s).*");
			return element;
		}

		String label(String id) {
			String label = labelFor(id);
			assertThat(label).as("label for #%s", id).isNotNull();
			return label;
		}

		String labelFor(String id) {
			Matcher m = Pattern.compile("<label[^>]*\\bfor=\"" + Pattern.quote(id) + "\"[^>]*>(?s).*?</label>")
				.matcher(this.html);
			return m.find() ? m.group() : null;
		}

		/** The options of a radio or check box group, in the order shown. */
		List<Element> options(String name) {
			Matcher m = Pattern.compile("<input class=\"form-check-input[^>]*\\bname=\"" + Pattern.quote(name) + "\"")
				.matcher(this.html);
			List<Element> options = new ArrayList<>();
			while (m.find()) {
				options.add(Element.at(this.html, m.start()));
			}
			assertThat(options).as("options of %s", name).isNotEmpty();
			return options;
		}

		Element option(String name, String value) {
			return options(name).stream()
				.filter((option) -> value.equals(option.attribute("value")))
				.findFirst()
				.orElseThrow();
		}

		/**
		 * The field is marked invalid, described by its message, which follows it before
		 * the next field begins, and its label points at it.
		 */
		Field invalidField(String id, String message) {
			Element control = control(id);
			assertThat(control.attribute("class")).contains("is-invalid");
			assertThat(control.attribute("aria-invalid")).isEqualTo("true");
			assertThat(control.attribute("aria-describedby")).contains(id + "-error");
			assertError(control.start(), id + "-error", message);
			label(id);
			return new Field(control, this.html);
		}

		Field validField(String id) {
			Element control = control(id);
			assertThat(control.attribute("class")).doesNotContain("is-invalid");
			assertThat(control.attribute("aria-invalid")).isNull();
			assertThat(this.html).doesNotContain("id=\"" + id + "-error\"");
			label(id);
			return new Field(control, this.html);
		}

		/**
		 * Every option of the group is marked and described by the one message after the
		 * group.
		 */
		void invalidGroup(String name, String legend) {
			List<Element> options = options(name);
			for (Element option : options) {
				assertThat(option.attribute("class")).contains("is-invalid");
				assertThat(option.attribute("aria-invalid")).isEqualTo("true");
				assertThat(option.attribute("aria-describedby")).isEqualTo(name + "-error");
				assertThat(labelFor(option.attribute("id"))).as("label of %s", option.attribute("id")).isNotNull();
			}
			int fieldset = this.html.lastIndexOf("<fieldset", options.get(0).start());
			assertThat(this.html.substring(fieldset, options.get(0).start())).contains("<legend").contains(legend);
			assertError(options.get(options.size() - 1).start(), name + "-error", null);
		}

		private void assertError(int controlAt, String errorId, String message) {
			Element error = element(errorId);
			assertThat(error.attribute("class")).contains("invalid-feedback");
			assertThat(error.start()).isGreaterThan(controlAt);
			String between = this.html.substring(controlAt, error.start());
			assertThat(between).as("nothing of another field between the field and its message")
				.doesNotContain("class=\"form-label")
				.doesNotContain("<legend");
			String text = this.html.substring(this.html.indexOf('>', error.start()) + 1,
					this.html.indexOf("</div>", error.start()));
			assertThat(text).isNotBlank();
			if (message != null) {
				assertThat(text).contains(message);
			}
		}

	}

	record Field(Element control, String html) {

		Field hasValue(String value) {
			assertThat(this.control.attribute("value")).isEqualTo(value);
			return this;
		}

		Field hasText(String text) {
			int start = this.html.indexOf('>', this.control.start()) + 1;
			assertThat(this.html.substring(start, this.html.indexOf("</textarea>", start))).isEqualTo(text);
			return this;
		}

	}

}
