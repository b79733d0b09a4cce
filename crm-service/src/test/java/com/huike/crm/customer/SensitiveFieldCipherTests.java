package com.huike.crm.customer;

import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SensitiveFieldCipherTests {

	static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

	private final SensitiveFieldCipher cipher = new SensitiveFieldCipher(KEY);

	@Test
	void encryptedTextRoundTripsAndDoesNotShowThePlainText() {
		String secret = "{\"medicalHistory\":\"高血压，每天服药\"}";
		String sealed = cipher.encrypt(secret);
		assertThat(sealed).startsWith("v1:").doesNotContain("高血压").doesNotContain("medicalHistory");
		assertThat(cipher.decrypt(sealed)).isEqualTo(secret);
	}

	@Test
	void sameTextEncryptsDifferentlyEachTime() {
		assertThat(cipher.encrypt("佛教")).isNotEqualTo(cipher.encrypt("佛教"));
	}

	@Test
	void nullStaysNull() {
		assertThat(cipher.encrypt(null)).isNull();
		assertThat(cipher.decrypt(null)).isNull();
	}

	@Test
	void tamperedCipherTextIsDetected() {
		String sealed = cipher.encrypt("离异，勿提");
		byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
		bytes[bytes.length - 5] ^= 0x01;
		String tampered = "v1:" + Base64.getEncoder().encodeToString(bytes);
		assertThatThrownBy(() -> cipher.decrypt(tampered)).isInstanceOf(SensitiveDataTamperedException.class);
		assertThatThrownBy(() -> cipher.decrypt("v1:not-base64!")).isInstanceOf(SensitiveDataTamperedException.class);
		assertThatThrownBy(() -> cipher.decrypt("plain text")).isInstanceOf(SensitiveDataTamperedException.class);
	}

	@Test
	void anotherKeyCannotDecrypt() {
		byte[] other = new byte[32];
		other[0] = 1;
		SensitiveFieldCipher stranger = new SensitiveFieldCipher(Base64.getEncoder().encodeToString(other));
		assertThatThrownBy(() -> stranger.decrypt(cipher.encrypt("机密")))
			.isInstanceOf(SensitiveDataTamperedException.class);
	}

	@Test
	void missingOrInvalidKeyFailsFastWithAClearMessage() {
		assertThatThrownBy(() -> new SensitiveFieldCipher("")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("huike.crypto.key is not set");
		assertThatThrownBy(() -> new SensitiveFieldCipher("***")).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("not valid base64");
		assertThatThrownBy(() -> new SensitiveFieldCipher(Base64.getEncoder().encodeToString(new byte[16])))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("exactly 32 bytes");
	}

}
