package com.huike.crm.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextTests {

	@Test
	void chineseLatinPunctuationAndLineBreaksAreText() {
		assertThat(Text.hasControlCharacters("张三 Zhang-San，「老客户」\n第二行\t☆●★ 𠀀")).isFalse();
		assertThat(Text.hasControlCharacters(null)).isFalse();
	}

	@Test
	void controlCharactersAreNot() {
		assertThat(Text.hasControlCharacters("a\u0000b")).isTrue();
		assertThat(Text.hasControlCharacters("名\u0007字")).isTrue();
		assertThat(Text.hasControlCharacters("x\u009fy")).isTrue();
		assertThat(Text.hasControlCharacters("\uFFFE")).isTrue();
	}

	@Test
	void bidirectionalOverridesThatDisguiseANameAreNot() {
		assertThat(Text.hasControlCharacters("张三\u202e5678")).isTrue();
		assertThat(Text.hasControlCharacters("\u202a")).isTrue();
		assertThat(Text.hasControlCharacters("abc\u2066def\u2069")).isTrue();
		// the marks that only set a direction reorder nothing
		assertThat(Text.hasControlCharacters("abc\u200edef")).isFalse();
	}

	@Test
	void unpairedSurrogatesAreNot() {
		assertThat(Text.hasControlCharacters("a\ud800b")).isTrue();
		assertThat(Text.hasControlCharacters("a\udc00")).isTrue();
	}

}
