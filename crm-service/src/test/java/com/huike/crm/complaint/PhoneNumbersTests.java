package com.huike.crm.complaint;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumbersTests {

	@Test
	void callerIdFormsOfAMobileNumberBecomeItsElevenDigits() {
		assertThat(PhoneNumbers.normalize("+86 199 1234 5678")).isEqualTo("19912345678");
		assertThat(PhoneNumbers.normalize("+8619912345678")).isEqualTo("19912345678");
		assertThat(PhoneNumbers.normalize("0086-199-1234-5678")).isEqualTo("19912345678");
		assertThat(PhoneNumbers.normalize("86 199 1234 5678")).isEqualTo("19912345678");
		assertThat(PhoneNumbers.normalize("199-1234-5678")).isEqualTo("19912345678");
		assertThat(PhoneNumbers.normalize(" 199 1234 5678 ")).isEqualTo("19912345678");
	}

	@Test
	void aLandlineGetsBackTheTrunkZeroOfItsAreaCode() {
		assertThat(PhoneNumbers.normalize("+86 10 6512 3456")).isEqualTo("01065123456");
		assertThat(PhoneNumbers.normalize("(010) 6512-3456")).isEqualTo("01065123456");
		assertThat(PhoneNumbers.normalize("0086 755 8888 6666")).isEqualTo("075588886666");
	}

	@Test
	void aShortNumberStartingWith86IsLeftAlone() {
		assertThat(PhoneNumbers.normalize("8601")).isEqualTo("8601");
		assertThat(PhoneNumbers.normalize("86123456")).isEqualTo("86123456");
	}

	@Test
	void onlyNumbersLookLikePhones() {
		assertThat(PhoneNumbers.looksLikePhone("+86 199 1234 5678")).isTrue();
		assertThat(PhoneNumbers.looksLikePhone("(010) 6512-3456")).isTrue();
		assertThat(PhoneNumbers.looksLikePhone("张三")).isFalse();
		assertThat(PhoneNumbers.looksLikePhone("KH2026000001")).isFalse();
		assertThat(PhoneNumbers.looksLikePhone("12")).isFalse();
		assertThat(PhoneNumbers.looksLikePhone(null)).isFalse();
	}

}
