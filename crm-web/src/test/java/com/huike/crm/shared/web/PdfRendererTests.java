package com.huike.crm.shared.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attachment header of a PDF download: the Chinese name for every current browser
 * (RFC 5987 {@code filename*}), an ASCII name for the others, nothing that breaks the
 * header.
 */
class PdfRendererTests {

	@Test
	void aChineseFileNameIsEncodedWithAnAsciiFallback() {
		assertThat(PdfRenderer.contentDisposition("拜访清单-王经理-2026-12-02.pdf"))
			.isEqualTo("attachment; filename=\"2026-12-02.pdf\"; filename*=UTF-8''"
					+ "%E6%8B%9C%E8%AE%BF%E6%B8%85%E5%8D%95-%E7%8E%8B%E7%BB%8F%E7%90%86-2026-12-02.pdf");
	}

	@Test
	void anEnglishFileNameKeepsItsWordsAndQuotesOrSeparatorsCannotBreakTheHeader() {
		assertThat(PdfRenderer.contentDisposition("visits-Wang Li-2026-12-02.pdf"))
			.startsWith("attachment; filename=\"visits-Wang-Li-2026-12-02.pdf\"; filename*=UTF-8''visits-Wang%20Li-");
		assertThat(PdfRenderer.contentDisposition("a\";b\r\n.pdf")).doesNotContain("\r", "\n", ";b")
			.startsWith("attachment; filename=\"a-b-.pdf\"; filename*=UTF-8''a%22%3Bb%0D%0A.pdf");
		assertThat(PdfRenderer.contentDisposition("客户投诉处理表.pdf")).startsWith("attachment; filename=\"document.pdf\";");
	}

}
