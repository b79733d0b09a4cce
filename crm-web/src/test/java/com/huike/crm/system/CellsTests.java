package com.huike.crm.system;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The grid's cells: one {@code
 *
<td>} each, every text escaped, empty and null cells empty.
 */
class CellsTests {

	@Test
	void everyTextIsEscapedAndEveryCellWritten() {
		assertThat(new Cells().row(Arrays.asList("☆", "", null, "★●", "<script>&\"")))
			.isEqualTo("<td>☆</td><td></td><td></td><td>★●</td><td>&lt;script&gt;&amp;&quot;</td>");
		assertThat(new Cells().row(java.util.List.of())).isEmpty();
	}

}
