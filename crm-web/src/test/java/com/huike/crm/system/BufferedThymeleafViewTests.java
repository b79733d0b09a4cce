package com.huike.crm.system;

import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The chunks keep every character in order across their boundaries, and clear. */
class BufferedThymeleafViewTests {

	@Test
	void writesAcrossChunksComeOutAsTheyWentIn() throws Exception {
		BufferedThymeleafView.Chunks chunks = new BufferedThymeleafView.Chunks();
		StringBuilder expected = new StringBuilder();
		for (int i = 0; i < 5000; i++) {
			String piece = "客户" + i + "<td>☆</td>";
			chunks.write(piece, 0, piece.length());
			expected.append(piece);
			chunks.write('|');
			expected.append('|');
		}
		char[] large = "x".repeat(BufferedThymeleafView.CHUNK * 2 + 7).toCharArray();
		chunks.write(large, 0, large.length);
		expected.append(large);
		assertThat(chunks.size()).isEqualTo(expected.length()).isGreaterThan(3L * BufferedThymeleafView.CHUNK);
		StringWriter out = new StringWriter();
		chunks.writeTo(out);
		assertThat(out.toString()).isEqualTo(expected.toString());
		chunks.clear();
		StringWriter empty = new StringWriter();
		chunks.writeTo(empty);
		assertThat(empty.toString()).isEmpty();
	}

}
