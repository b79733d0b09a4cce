package com.huike.crm.system;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Builds pagination and sort links from the current request, keeping every other
 * parameter, so templates never concatenate URLs by hand. Used as
 * {@code ${@pageLinks.page(2)}}.
 */
@Component("pageLinks")
public class PageLinks {

	public String page(int page) {
		return ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("page", page)
			.replaceQueryParam("cursor")
			.build()
			.encode()
			.toUriString();
	}

	/**
	 * The page a keyset list's cursor points to (no page number); the first page when the
	 * cursor is null.
	 */
	public String cursor(String cursor) {
		ServletUriComponentsBuilder link = ServletUriComponentsBuilder.fromCurrentRequest();
		link.replaceQueryParam("page");
		if (cursor == null) {
			link.replaceQueryParam("cursor");
		}
		else {
			link.replaceQueryParam("cursor", cursor);
		}
		return link.build().encode().toUriString();
	}

	/**
	 * The list at {@code path} (its export, e.g. {@code /customers/export}) with the
	 * current request's search, filters and sort, in the format named: the whole list, so
	 * without page or cursor.
	 */
	public String export(String path, String format) {
		return ServletUriComponentsBuilder.fromCurrentRequest()
			.replacePath(path)
			.replaceQueryParam("format", format)
			.replaceQueryParam("page")
			.replaceQueryParam("cursor")
			.replaceQueryParam("size")
			.build()
			.encode()
			.toUriString();
	}

	/**
	 * Sorts by the property, ascending first, descending when it is already ascending.
	 */
	public String sort(String property) {
		String direction = (property + ",asc").equals(currentSort()) ? "desc" : "asc";
		return ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("sort", property + "," + direction)
			.replaceQueryParam("page")
			.replaceQueryParam("cursor")
			.build()
			.encode()
			.toUriString();
	}

	public String sortMark(String property) {
		String current = currentSort();
		if ((property + ",asc").equals(current)) {
			return " ▲";
		}
		if ((property + ",desc").equals(current)) {
			return " ▼";
		}
		return "";
	}

	private static String currentSort() {
		return ServletUriComponentsBuilder.fromCurrentRequest().build().getQueryParams().getFirst("sort");
	}

}
