package com.huike.crm.customer.web;

import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.function.Consumer;

import com.huike.crm.audit.web.ListExports;
import com.huike.crm.audit.web.ListExports.Column;
import com.huike.crm.customer.CustomerAccessDeniedException;
import com.huike.crm.customer.CustomerAssignmentService;
import com.huike.crm.customer.CustomerQuery;
import com.huike.crm.customer.CustomerSearchResult;
import com.huike.crm.customer.CustomerSearch;
import com.huike.crm.customer.CustomerService;
import com.huike.crm.customer.CustomerSummary;
import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.RuleViolationException;
import com.huike.crm.shared.web.FormErrors;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/customers")
class CustomerController {

	private final CustomerService customers;

	private final IdentityService identity;

	private final ListExports exports;

	CustomerController(CustomerService customers, IdentityService identity, ListExports exports) {
		this.customers = customers;
		this.identity = identity;
		this.exports = exports;
	}

	/**
	 * The list and its search. An htmx request (typing in the box) gets only the
	 * {@code results} fragment; a history restore or a plain request the whole page.
	 * Invalid filters are reported on the page and left out of the search; so is a cursor
	 * that is not one of the list's (the first page is shown).
	 */
	@GetMapping
	String list(@ModelAttribute("search") CustomerSearchForm search, BindingResult binding,
			@PageableDefault(size = 20) Pageable pageable, Viewer viewer, Model model, HtmxRequest htmx) {
		CustomerQuery query = search.toQuery(binding);
		CustomerSearchResult page;
		try {
			page = customers.search(query, viewer, pageable, search.cursor());
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(binding, ex);
			page = customers.search(query, viewer, PageRequest.of(0, pageable.getPageSize(), pageable.getSort()));
		}
		model.addAttribute("page", page);
		model.addAttribute("lookupOnly", viewer.isLookupOnly());
		model.addAttribute("bulk", CustomerAssignmentService.mayReassign(viewer));
		if (htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest()) {
			return "customers/list :: results";
		}
		model.addAttribute("grades", Grade.values());
		model.addAttribute("dealStatuses", DealStatus.values());
		model.addAttribute("managers", identity.assignableManagers(viewer));
		model.addAttribute("classifications", viewer.isLookupOnly() ? List.of() : customers.classifications());
		// whom the bulk 转交 may hand customers to (nobody, and no query, for other roles)
		model.addAttribute("reassignTo", identity.activeManagersFor(viewer));
		return "customers/list";
	}

	/**
	 * The list as it is searched, filtered and sorted, as an Excel or CSV file: every
	 * matching row (a search with words reaches as far as the list does, the
	 * {@value CustomerSearch#COUNT_LIMIT} first), the columns of the list and nothing
	 * else. Invalid filters are left out, as on the page. Not for the call center, which
	 * looks callers up rather than taking the book away.
	 */
	@GetMapping("/export")
	ResponseEntity<StreamingResponseBody> export(@ModelAttribute("search") CustomerSearchForm search,
			BindingResult binding, @RequestParam(required = false) String format,
			@PageableDefault(size = CustomerSearch.MAX_PAGE_SIZE) Pageable pageable, Viewer viewer, Locale locale) {
		if (viewer.isLookupOnly()) {
			throw new CustomerAccessDeniedException();
		}
		CustomerQuery query = search.toQuery(binding);
		PageRequest first = PageRequest.of(0, CustomerSearch.MAX_PAGE_SIZE, pageable.getSort());
		return exports.export("customers", "customer.list.title", described(search, pageable),
				ListExports.Format.of(format), EXPORT_COLUMNS, sink -> eachCustomer(query, first, viewer, sink), viewer,
				locale);
	}

	/** The list's columns, as the page shows them to those who see the whole archive. */
	private static final List<Column<CustomerSummary>> EXPORT_COLUMNS = List.of(
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

	/** Page after page of the list: by cursor without words, by number with them. */
	private void eachCustomer(CustomerQuery query, PageRequest first, Viewer viewer, Consumer<CustomerSummary> sink) {
		CustomerSearchResult page = customers.search(query, viewer, first, null);
		while (true) {
			page.forEach(sink);
			if (page.isKeyset() && page.getNextCursor() != null) {
				page = customers.search(query, viewer, first, page.getNextCursor());
			}
			else if (!page.isKeyset() && page.hasNext()) {
				page = customers.search(query, viewer, first.withPage(page.getNumber() + 1), null);
			}
			else {
				return;
			}
		}
	}

	/**
	 * The search and filters as the access log keeps them:
	 * {@code q=张 grade=A sort=name: ASC}.
	 */
	private static String described(CustomerSearchForm search, Pageable pageable) {
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
		if (pageable.getSort().isSorted()) {
			words.add("sort=" + pageable.getSort());
		}
		return words.toString();
	}

	@GetMapping("/new")
	String newForm(Viewer viewer, Model model) {
		if (!CustomerService.mayRegister(viewer)) {
			throw new CustomerAccessDeniedException();
		}
		model.addAttribute("form", NewCustomerForm.empty());
		return prepareForm(viewer, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") NewCustomerForm form, BindingResult binding, Viewer viewer,
			Model model, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return prepareForm(viewer, model);
		}
		try {
			Long id = customers.create(form.toCommand(), viewer);
			redirect.addFlashAttribute("flash", "customer.created");
			return "redirect:/customers/" + id;
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(binding, ex);
			return prepareForm(viewer, model);
		}
	}

	private String prepareForm(Viewer viewer, Model model) {
		model.addAttribute("grades", Grade.values());
		model.addAttribute("dealStatuses", DealStatus.values());
		model.addAttribute("managers", identity.assignableManagers(viewer));
		return "customers/form";
	}

}
