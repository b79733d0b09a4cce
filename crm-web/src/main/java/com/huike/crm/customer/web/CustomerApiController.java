package com.huike.crm.customer.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.huike.crm.audit.web.ListExports;
import com.huike.crm.customer.CustomerAssignmentService;
import com.huike.crm.customer.CustomerProfileService;
import com.huike.crm.customer.CustomerQuery;
import com.huike.crm.customer.CustomerSearchResult;
import com.huike.crm.customer.CustomerService;
import com.huike.crm.customer.CustomerUpdateService;
import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.RuleViolationException;
import com.huike.crm.shared.web.ApiPaging;
import com.huike.crm.shared.web.PageResource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The customer archives as JSON: list and search with the filters of the list page, read,
 * create, update under optimistic locking, and hand several to another manager (转交). The
 * same access rules as the pages.
 */
@RestController
@RequestMapping(path = "/api/v1/customers", produces = "application/json")
@Tag(name = "Customers", description = "客户档案: search, read, create, update and reassign customers")
class CustomerApiController {

	/** The sort columns of the list, as the list page names them. */
	static final Set<String> SORTABLE = Set.of("name", "code", "grade", "updatedAt", "createdAt", "completeness");

	private final CustomerService customers;

	private final CustomerUpdateService updates;

	private final CustomerProfileService profiles;

	private final CustomerAssignmentService assignments;

	private final CustomerExport export;

	CustomerApiController(CustomerService customers, CustomerUpdateService updates, CustomerProfileService profiles,
			CustomerAssignmentService assignments, CustomerExport export) {
		this.customers = customers;
		this.updates = updates;
		this.profiles = profiles;
		this.assignments = assignments;
		this.export = export;
	}

	@GetMapping
	@Operation(operationId = "searchCustomers", summary = "Search customers",
			description = "The search box and filters of the customer list. `q` matches any part of the name or "
					+ "company (also two Chinese characters), pinyin (full or initials), code and phone numbers. "
					+ "Managers see their own customers, supervisors their team's, administrators all; call-center "
					+ "users must give `q` and get name, code, phones and owner only. Without `q` the list is paged by "
					+ "keyset and reaches every customer: pass the page's `next` or `previous` back as `cursor` (with "
					+ "the same filters and `sort`); a cursor that was altered or made for another sort is a 400. "
					+ "A search with `q` pages by `page` through its first 1,000 matches.")
	@ApiResponse(responseCode = "200", description = "One page of customers")
	PageResource<CustomerResource> list(
			@Parameter(description = "Name, pinyin, code, phone or company",
					example = "zs") @RequestParam(required = false) String q,
			@Parameter(description = "等级") @RequestParam(required = false) Grade grade,
			@Parameter(description = "客户经理 (user id)") @RequestParam(required = false) Long ownerId,
			@Parameter(description = "成交状态") @RequestParam(required = false) DealStatus dealStatus,
			@Parameter(description = "综合分类 (exact)") @RequestParam(required = false) String classification,
			@Parameter(description = "Created on or after (yyyy-MM-dd)") @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate createdFrom,
			@Parameter(description = "Created on or before (yyyy-MM-dd)") @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate createdTo,
			@Parameter(description = "Last changed on or after (yyyy-MM-dd)") @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate updatedFrom,
			@Parameter(description = "Last changed on or before (yyyy-MM-dd)") @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate updatedTo,
			@Parameter(description = "Birthday month 1–12") @RequestParam(required = false) @Min(value = 1,
					message = "{api.birthMonth.range}") @Max(value = 12,
							message = "{api.birthMonth.range}") Integer birthMonth,
			@Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "Rows per page, 1–100") @RequestParam(defaultValue = "20") int size,
			@Parameter(description = "`property[,asc|desc]`, repeatable; properties: name (pinyin order), code, "
					+ "grade, updatedAt, createdAt, completeness") @RequestParam(required = false) List<String> sort,
			@Parameter(description = "Where the page starts: the `next` or `previous` of a page of this list "
					+ "(without `q`; same `sort`); `page` is then ignored") @RequestParam(
							required = false) String cursor,
			Viewer viewer) {
		CustomerQuery query = new CustomerQuery(q, grade, ownerId, dealStatus, classification, createdFrom, createdTo,
				updatedFrom, updatedTo, birthMonth);
		CustomerSearchResult result = customers.search(query, viewer, ApiPaging.pageable(page, size, sort, SORTABLE),
				cursor);
		return PageResource.of(result, CustomerResource::of, null)
			.withCursors(result.getNextCursor(), result.getPreviousCursor());
	}

	@GetMapping(path = "/export", produces = { ListExports.XLSX, ListExports.CSV, "application/problem+json" })
	@Operation(operationId = "exportCustomers", summary = "Export the customer list as a file",
			description = "The list as `searchCustomers` finds it (same search, filters and `sort`), every matching "
					+ "row (a search with `q` its first 1,000), as Excel (`format=xlsx`, the default) or CSV "
					+ "(`format=csv`, UTF-8 with a byte order mark), with the list's columns and Chinese headers; "
					+ "cells that a spreadsheet would read as formulas are neutralised. Streamed; recorded in the "
					+ "access log. Not for call-center users (403). Invalid filters are a 400.")
	@ApiResponse(responseCode = "200", description = "The file, as an attachment")
	ResponseEntity<StreamingResponseBody> exportList(@ParameterObject CustomerSearchForm search, BindingResult binding,
			@Parameter(description = "`xlsx` or `csv`") @RequestParam(defaultValue = "xlsx") String format,
			@Parameter(description = "`property[,asc|desc]` as for `searchCustomers`") @RequestParam(
					required = false) List<String> sort,
			Viewer viewer, Locale locale) {
		CustomerQuery query = search.toQuery(binding);
		if (binding.hasErrors()) {
			throw new RuleViolationException(binding.getFieldErrors()
				.stream()
				.map(e -> new RuleViolationException.Violation(e.getField(), e.getCode(), e.getArguments()))
				.toList());
		}
		ListExports.Format file = ListExports.Format.named(format);
		if (file == null) {
			throw new RuleViolationException("format", "api.export.format");
		}
		return export.export(search, query, ApiPaging.pageable(0, 1, sort, SORTABLE).getSort(), file, viewer, locale);
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getCustomer", summary = "Read a customer",
			description = "404 when the customer does not exist for the caller (another manager's customer). "
					+ "Archive readers also get `profile`: the answers of the 66-question profile keyed by the keys "
					+ "of mackay66.md, sensitive ones only for the owner and the owner's supervisor (audited).")
	@ApiResponse(responseCode = "200", description = "The customer")
	@ApiResponse(responseCode = "404", description = "No such customer for the caller")
	CustomerResource get(@Parameter(description = "Customer id") @PathVariable Long id, Viewer viewer) {
		return withProfile(CustomerResource.of(customers.get(id, viewer)), viewer);
	}

	@PostMapping(consumes = "application/json")
	@Operation(operationId = "registerCustomer", summary = "Register a customer",
			description = "Only the essentials; a customer code is issued. Managers register their own customers, "
					+ "supervisors also for their team, administrators for anyone.")
	@ApiResponse(responseCode = "201", description = "Registered; Location names the new customer")
	@ApiResponse(responseCode = "403", description = "The caller may not register customers for that owner")
	ResponseEntity<CustomerResource> create(@Valid @RequestBody CustomerCreateRequest request, Viewer viewer) {
		Long id = customers.create(request.toCommand(), viewer);
		return ResponseEntity.created(URI.create("/api/v1/customers/" + id))
			.body(CustomerResource.of(customers.get(id, viewer)));
	}

	@PutMapping(path = "/{id}", consumes = "application/json")
	@Operation(operationId = "updateCustomer", summary = "Update a customer",
			description = "Replaces the core fields and changes the `profile` answers given, if `version` is "
					+ "still the saved one; every changed field is written to the customer's history.")
	@ApiResponse(responseCode = "200", description = "Updated; the body carries the new version")
	@ApiResponse(responseCode = "403", description = "The caller may see but not change this customer")
	@ApiResponse(responseCode = "404", description = "No such customer for the caller")
	@ApiResponse(responseCode = "409",
			description = "Someone saved the customer meanwhile; `currentVersion` names the version now saved")
	CustomerResource update(@Parameter(description = "Customer id") @PathVariable Long id,
			@Valid @RequestBody CustomerUpdateRequest request, Viewer viewer) {
		updates.update(id, request.toCommand(), viewer);
		return withProfile(CustomerResource.of(customers.get(id, viewer)), viewer);
	}

	@PostMapping(path = "/reassignments", consumes = "application/json")
	@Operation(operationId = "reassignCustomers", summary = "Hand several customers to another manager (转交)",
			description = "Supervisors hand their team's customers to an enabled customer manager of their team, "
					+ "administrators any customer to any enabled customer manager; managers and the call center "
					+ "may not (403). At most " + CustomerAssignmentService.BULK_LIMIT + " customers, all or none "
					+ "in one transaction: when one of them is not the caller's to hand over (404) or was saved "
					+ "since the `versions` given (409), nothing changes. Each change is written to that "
					+ "customer's history as a reassignment; customers the manager owns already stay as they are.")
	@ApiResponse(responseCode = "200", description = "Handed over; the customers that changed hands")
	@ApiResponse(responseCode = "400",
			description = "No customer, more than " + CustomerAssignmentService.BULK_LIMIT
					+ ", or no manager: the messages per field are in `errors`")
	@ApiResponse(responseCode = "403",
			description = "The caller may not reassign customers, or not to that user (not an enabled customer "
					+ "manager within the caller's scope)")
	@ApiResponse(responseCode = "404",
			description = "One of the customers does not exist for the caller (another team's); nothing changed")
	@ApiResponse(responseCode = "409",
			description = "One of the customers was saved since the version given; nothing changed; "
					+ "`currentVersion` names the version now saved")
	CustomerReassignmentResource reassign(@RequestBody CustomerReassignmentRequest request, Viewer viewer) {
		return CustomerReassignmentResource.of(assignments.reassign(request.toCommand(), viewer));
	}

	/**
	 * Adds the profile answers for archive readers: the sensitive ones only for the owner
	 * and the owner's supervisor (that reading is audited). The core fields are top-level
	 * already.
	 */
	private CustomerResource withProfile(CustomerResource customer, Viewer viewer) {
		if (customer.version() == null) {
			return customer;
		}
		Map<String, Object> profile = new LinkedHashMap<>(profiles.answers(customer.id(), viewer));
		profile.keySet().removeIf(CustomerUpdateService::isCoreKey);
		return customer.withProfile(profile);
	}

}
