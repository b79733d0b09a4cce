package com.huike.crm.customer.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import com.huike.crm.customer.FieldType;
import com.huike.crm.customer.ProfileCatalog;
import com.huike.crm.customer.ProfileField;
import com.huike.crm.customer.ProfileSection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every label the catalog asks for exists in both languages; the Chinese question labels
 * are the spec's wording.
 */
class ProfileBundleTests {

	@ParameterizedTest
	@ValueSource(strings = { "zh_CN", "en" })
	void everyCatalogLabelIsInTheBundle(String locale) throws IOException {
		Properties bundle = load("i18n/profile_" + locale + ".properties");
		List<String> keys = new ArrayList<>();
		for (ProfileSection section : ProfileSection.values()) {
			keys.add(section.labelKey());
		}
		for (int q = 1; q <= ProfileCatalog.QUESTION_COUNT; q++) {
			keys.add("profile.q." + q);
		}
		for (ProfileField field : ProfileCatalog.fields()) {
			keys.add(field.labelKey());
			for (ProfileField column : field.columns()) {
				keys.add(column.labelKey());
				column.options().forEach(o -> keys.add(column.optionLabelKey(o)));
			}
			if (field.type() == FieldType.ENUM || field.type() == FieldType.YESNO) {
				field.options().forEach(o -> keys.add(field.optionLabelKey(o)));
			}
		}
		assertThat(keys).allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
	}

	@ParameterizedTest
	@ValueSource(strings = { "zh_CN", "en" })
	void bothLanguagesHaveTheSameKeys(String locale) throws IOException {
		Properties zh = load("i18n/profile_zh_CN.properties");
		Properties other = load("i18n/profile_" + locale + ".properties");
		assertThat(other.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(zh.stringPropertyNames());
	}

	@org.junit.jupiter.api.Test
	void chineseQuestionLabelsAreTheSpecsWording() throws IOException {
		Properties zh = load("i18n/profile_zh_CN.properties");
		assertThat(zh.getProperty("profile.q.6")).isEqualTo("身高 / 体重 / 身体五官特征(如秃头、关节炎、严重背部问题等)");
		assertThat(zh.getProperty("profile.q.38")).isEqualTo("特别机密且不宜谈论之事件(如离婚等)");
		assertThat(zh.getProperty("profile.q.66")).isEqualTo("竞争者对以上问题有没有比你更好的答案");
		assertThat(zh.getProperty("profile.yesno.UNKNOWN")).isEqualTo("不详");
	}

	private static Properties load(String path) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = ProfileBundleTests.class.getClassLoader().getResourceAsStream(path)) {
			assertThat(in).as(path).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
