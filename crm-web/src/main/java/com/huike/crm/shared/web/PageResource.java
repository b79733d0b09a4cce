package com.huike.crm.shared.web;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.data.domain.Page;

/**
 * The one shape of every paged list of the JSON API (docs/api.md): the rows of this page,
 * its number and size, the rows and pages in all, totals over all rows where the list has
 * amounts, and, for a list paged by keyset, the opaque cursors of the pages after and
 * before this one (passed back as {@code cursor}; absent where there is no such page, and
 * on lists paged by number only).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "One page of results")
public record PageResource<T>(@Schema(description = "The rows of this page") List<T> content,
		@Schema(description = "Page number, from 0", example = "0") int page,
		@Schema(description = "Rows per page (1–100)", example = "20") int size,
		@Schema(description = "Rows on all pages", example = "42") long totalElements,
		@Schema(description = "Number of pages", example = "3") int totalPages,
		@Schema(description = "Totals over all rows (not only this page), for lists with amounts") Object totals,
		@Schema(description = "Cursor of the next page (pass as `cursor`), for lists paged by keyset; "
				+ "absent on the last page") String next,
		@Schema(description = "Cursor of the previous page (pass as `cursor`), for lists paged by keyset; "
				+ "absent on the first page") String previous) {

	public static <T> PageResource<T> of(Page<T> page) {
		return of(page, Function.identity(), null);
	}

	public static <S, T> PageResource<T> of(Page<S> page, Function<S, T> mapper, Object totals) {
		return new PageResource<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
				page.getTotalElements(), page.getTotalPages(), totals, null, null);
	}

	/** The same page with the cursors of the pages around it (null: no such page). */
	public PageResource<T> withCursors(String next, String previous) {
		return new PageResource<>(content, page, size, totalElements, totalPages, totals, next, previous);
	}

}
