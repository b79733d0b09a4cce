package com.huike.crm.customer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProfileCodecTests {

	private final SensitiveFieldCipher cipher = new SensitiveFieldCipher(SensitiveFieldCipherTests.KEY);

	private final ProfileCodec codec = new ProfileCodec(cipher);

	@Test
	void encodeSplitsPlainAndSensitiveAnswersAndLeavesColumnsOut() {
		Map<String, Object> answers = new LinkedHashMap<>();
		answers.put("name", "张三丰");
		answers.put("nickname", "三丰");
		answers.put("birthDate", LocalDate.of(1970, 4, 9));
		answers.put("heightCm", 178);
		answers.put("medicalHistory", "腰椎间盘突出");
		answers.put("weddingAnniversary", "1995-10-01");
		answers.put("weddingAnniversaryLunar", true);
		answers.put("drinks", "YES");
		answers.put("children", List.of(Map.of("name", "张无忌", "birthDate", "1998-06-01", "custody", "YES"),
				Map.of("name", "张小妹", "education", "杭州学军小学")));

		EncodedProfile encoded = codec.encode(answers);

		assertThat(encoded.profileJson()).contains("\"nickname\":\"三丰\"")
			.contains("\"weddingAnniversaryLunar\":true")
			.contains("\"drinks\":\"YES\"")
			.contains("张无忌")
			.doesNotContain("张三丰")
			.doesNotContain("birthDate\":\"1970")
			.doesNotContain("腰椎")
			.doesNotContain("custody")
			.doesNotContain("heightCm");
		String secret = cipher.decrypt(encoded.sensitiveCipher());
		assertThat(secret).contains("\"heightCm\":178")
			.contains("腰椎间盘突出")
			.contains("\"childrenCustody\":[\"YES\",null]");
		// 5 lacks 出生地 and 籍贯, 6 the weight, 17 the second child's birth date, 18 the
		// first
		// child's education, 41 the drinks preferred
		assertThat(ProfileCodec.answeredQuestions(answers)).containsExactly(1, 16, 40);
		assertThat(ProfileCodec.partlyAnsweredQuestions(answers)).containsExactly(5, 6, 17, 18, 41);
		assertThat(encoded.completeness()).isEqualTo(5);
	}

	@Test
	void decodeGivesBackTheSameAnswersWithCustodyInTheChildrenRows() {
		Map<String, Object> answers = Map.of("nickname", "老周", "weightKg", new BigDecimal("72.5"), "religionDevout",
				"UNKNOWN", "children", List.of(Map.of("name", "周一", "custody", "NO"), Map.of("name", "周二")));
		EncodedProfile encoded = codec.encode(answers);

		Map<String, Object> decoded = codec.decode(encoded.profileJson(), encoded.sensitiveCipher());

		assertThat(decoded).containsEntry("nickname", "老周")
			.containsEntry("weightKg", new BigDecimal("72.5"))
			.containsEntry("religionDevout", "UNKNOWN");
		assertThat(decoded.get("children"))
			.isEqualTo(List.of(Map.of("name", "周一", "custody", "NO"), Map.of("name", "周二")));
	}

	@Test
	void noSensitiveAnswersMeansNoCipherText() {
		EncodedProfile encoded = codec.encode(Map.of("hobbies", "钓鱼"));
		assertThat(encoded.sensitiveCipher()).isNull();
		assertThat(codec.decode(encoded.profileJson(), null)).containsExactly(Map.entry("hobbies", "钓鱼"));
	}

	@Test
	void invalidAnswersAreRejected() {
		assertThatThrownBy(() -> codec.encode(Map.of("heightCm", 900))).isInstanceOf(InvalidProfileException.class);
		assertThatThrownBy(() -> codec.encode(Map.of("shoeSize", "42"))).isInstanceOf(InvalidProfileException.class);
	}

	@Test
	void completenessIsTheShareOfTheSixtySixQuestionsAnswered() {
		assertThat(ProfileCodec.completeness(Map.of())).isZero();
		// two fields of the same question count once; blank answers and notes outside the
		// 66 do not count; a question with a blank left (43: smokes, but not whether they
		// object) is begun, not answered
		Map<String, Object> answers = Map.of("name", "李四", "nickname", "小四", "jobTitle", " ", "otherNotes", "备注",
				"businessSpeciality", "批发", "smokes", "UNKNOWN");
		assertThat(ProfileCodec.answeredQuestions(answers)).containsExactly(1);
		assertThat(ProfileCodec.partlyAnsweredQuestions(answers)).containsExactly(43);
		assertThat(ProfileCodec.completeness(answers)).isEqualTo(2);
		assertThat(ProfileCodec.completeness(answers, ProfileSection.PERSONAL)).isEqualTo(17);
		assertThat(ProfileCodec.completeness(answers, ProfileSection.LIFESTYLE)).isZero();
		assertThat(ProfileCodec.completeness(answers, ProfileSection.FACTS)).isZero();
	}

	@Test
	void aQuestionCountsOnlyWhenEveryBlankOfItIsFilledIn() {
		// 客户资料 with 籍贯, 电话(宅) and 五官特征 left empty is not complete
		Map<String, Object> answers = new LinkedHashMap<>();
		for (ProfileField field : ProfileCatalog.fields(ProfileSection.PERSONAL)) {
			if (field.question() != null) {
				answers.put(field.key(), sample(field));
			}
		}
		assertThat(ProfileCodec.completeness(answers, ProfileSection.PERSONAL)).isEqualTo(100);
		answers.remove("nativePlace");
		answers.remove("homePhone");
		answers.remove("physicalFeatures");
		assertThat(ProfileCodec.answeredQuestions(answers)).containsExactly(1, 2, 3);
		assertThat(ProfileCodec.partlyAnsweredQuestions(answers)).containsExactly(4, 5, 6);
		assertThat(ProfileCodec.completeness(answers, ProfileSection.PERSONAL)).isEqualTo(50);
	}

	@Test
	void everyQuestionAnsweredIsAHundredPercent() {
		Map<String, Object> answers = new LinkedHashMap<>();
		for (ProfileField field : ProfileCatalog.fields()) {
			if (field.isChildren()) {
				answers.put(field.key(), List.of(Map.of("name", "甲", "birthDate", "2010-06-01", "education", "小学",
						"interests", "画画", "custody", "YES")));
			}
			else if (field.question() != null) {
				answers.put(field.key(), sample(field));
			}
		}
		assertThat(ProfileCodec.completeness(answers)).isEqualTo(100);
		for (ProfileSection section : ProfileSection.values()) {
			if (section.isQuestionnaire()) {
				assertThat(ProfileCodec.completeness(answers, section)).as(section.key()).isEqualTo(100);
			}
		}
	}

	@Test
	void childrenCellsAreSeparateHistoryPaths() {
		Map<String, String> flat = ProfileCodec.flatten(Map.of("nickname", "阿明", "heightCm", new BigDecimal("170"),
				"children", List.of(Map.of("name", "小明", "birthDate", "2010-01-01", "birthDateLunar", true))));
		assertThat(flat).containsEntry("nickname", "阿明")
			.containsEntry("heightCm", "170")
			.containsEntry("children[1].name", "小明")
			.containsEntry("children[1].birthDateLunar", "true");
	}

	static Object sample(ProfileField field) {
		return switch (field.type()) {
			case DATE -> "1990-01-01";
			case NUMBER -> field.min();
			case YESNO, ENUM -> field.options().get(0);
			default -> (field.format() == ProfileField.Format.MOBILE) ? "13912345678"
					: (field.format() == ProfileField.Format.LANDLINE) ? "021-12345678" : "答";
		};
	}

}
