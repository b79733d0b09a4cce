package com.huike.crm.system;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes a row of plain-text cells as {@code
 *
<td>} elements in one expression, every text HTML-escaped:
 * {@code th:with="html=${@cells.row(row.cells)}"} then {@code th:utext="${html}"}
 * (Thymeleaf refuses bean calls inside {@code th:utext} itself). For wide grids (the
 * visit plan's month grid: ~300 rows of 31 days), where one Thymeleaf iteration per cell
 * costs more than the page's queries. The only {@code th:utext} the templates use; it
 * never sees unescaped text.
 */
@Component("cells")
public class Cells {

	public String row(List<String> texts) {
		StringBuilder html = new StringBuilder(texts.size() * 10);
		for (String text : texts) {
			html.append("<td>");
			if (text != null && !text.isEmpty()) {
				html.append(HtmlUtils.htmlEscape(text));
			}
			html.append("</td>");
		}
		return html.toString();
	}

}
