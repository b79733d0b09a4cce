package com.huike.crm.customer.web;

import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.function.Consumer;

import com.huike.crm.audit.web.ListExports;
import com.huike.crm.audit.web.ListExports.Column;
import com.huike.crm.customer.CustomerAccessDeniedException;
import com.huike.crm.customer.CustomerQuery;
import com.huike.crm.customer.CustomerSearch;
import com.huike.crm.customer.CustomerSearchResult;
import com.huike.crm.customer.CustomerService;
import com.huike.crm.customer.CustomerSummary;
import com.huike.crm.identity.Viewer;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The customer list as a file, for the page's links and the API alike: every matching row
 * (a search with words reaches as far as the list does, its
 * {@value CustomerSearch#COUNT_LIMIT} first), in the list's order, with the columns of
 * the list and nothing else. Not for the call center, which looks callers up rather than
 * taking the book away.
 */
@Component
class CustomerExport {

	/** The list's columns, as the page shows them to those who see the whole archive. */
	private static final List<Column<CustomerSummary>> COLUMNS = List.of(
			new Column<>("customer.code", CustomerSummary::code), new Column<>("customer.name", CustomerSummary::name),
			new Column<>("customer.companyName", CustomerSummary::companyName),
			new Column<>("customer.mobilePhone", CustomerSummary::mobilePhone),
			new Column<>("customer.officePhone", CustomerSummary::officePhone),
			new Column<>("customer.owner", CustomerSummary::ownerName),
			new Column<>("customer.grade", c -> (c.grade() != null) ? c.grade().name() : null),
			new Column<>("customer.dealStatus", c -> (c.dealStatus() != null)
					? new DefaultMessageSourceResolvable("customer.dealStatus." + c.dealStatus().name()) : null),
			new Column<>("customer.classification", CustomerSummary::classification),
			new Column<>("customer.completeness", CustomerSummary::completeness),
			new Column<>("customer.updatedAt", CustomerSummary::updatedAt));

	private final CustomerService customers;

	private final ListExports exports;

	CustomerExport(CustomerService customers, ListExports exports) {
		this.customers = customers;
		this.exports = exports;
	}

	/**
	 * The file of the list searched so ({@code search} as typed, for the access log;
	 * {@code query} its valid parts).
	 */
	ResponseEntity<StreamingResponseBody> export(CustomerSearchForm search, CustomerQuery query, Sort sort,
			ListExports.Format format, Viewer viewer, Locale locale) {
		if (viewer.isLookupOnly()) {
			throw new CustomerAccessDeniedException();
		}
		return exports.export("customers", "customer.list.title", described(search, sort), format, COLUMNS,
				sink -> customers.forEach(query, viewer, sort, sink), viewer, locale);
	}

	/**
	 * The search and filters as the access log keeps them:
	 * {@code q=张 grade=A sort=name: ASC}.
	 */
	private static String described(CustomerSearchForm search, Sort sort) {
		StringJoiner words = new StringJoiner(" ");
		String[][] fields = { { "q", search.q() }, { "grade", search.grade() }, { "ownerId", search.ownerId() },
				{ "dealStatus", search.dealStatus() }, { "classification", search.classification() },
				{ "createdFrom", search.createdFrom() }, { "createdTo", search.createdTo() },
				{ "updatedFrom", search.updatedFrom() }, { "updatedTo", search.updatedTo() },
				{ "birthMonth", search.birthMonth() } };
		for (String[] field : fields) {
			if (field[1] != null && !field[1].isBlank()) {
				words.add(field[0] + "=" + field[1].strip());
			}
		}
		if (sort.isSorted()) {
			words.add("sort=" + sort);
		}
		return words.toString();
	}

}
