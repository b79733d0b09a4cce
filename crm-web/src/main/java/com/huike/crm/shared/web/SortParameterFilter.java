package com.huike.crm.shared.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A {@code sort} parameter names properties ({@code name}, {@code amount,desc}): anything
 * else (a NUL, spaces, SQL) is a bad request before any controller sees it, answered by
 * the error page or the problem detail. A property a list does not offer is refused by
 * the list itself (the API's {@link ApiPaging}, Spring Data's property check).
 */
@Component
class SortParameterFilter extends OncePerRequestFilter {

	private static final Pattern SORT = Pattern.compile("[A-Za-z0-9_.]*(,[A-Za-z]*)*");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		for (String sort : sorts(request)) {
			if (!SORT.matcher(sort).matches()) {
				response.sendError(HttpServletResponse.SC_BAD_REQUEST);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	/**
	 * The sort parameters; of a multipart request from the query string only (reading its
	 * parameters would parse the body, and a broken one is answered by the dispatcher).
	 */
	private static List<String> sorts(HttpServletRequest request) {
		String type = request.getContentType();
		if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
			String[] values = request.getParameterValues("sort");
			return (values != null) ? List.of(values) : List.of();
		}
		String query = request.getQueryString();
		if (query == null || !query.contains("sort=")) {
			return List.of();
		}
		return UriComponentsBuilder.newInstance()
			.query(query)
			.build()
			.getQueryParams()
			.getOrDefault("sort", List.of())
			.stream()
			.map(sort -> (sort != null) ? URLDecoder.decode(sort, StandardCharsets.UTF_8) : "")
			.toList();
	}

}
