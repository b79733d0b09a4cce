package com.huike.crm.customer.web;

import java.util.List;
import java.util.Locale;

import com.huike.crm.audit.web.ListExports;
import com.huike.crm.customer.CustomerAccessDeniedException;
import com.huike.crm.customer.CustomerAssignmentService;
import com.huike.crm.customer.CustomerQuery;
import com.huike.crm.customer.CustomerSearchResult;
import com.huike.crm.customer.CustomerSearch;
import com.huike.crm.customer.CustomerService;
import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.RuleViolationException;
import com.huike.crm.shared.web.FormErrors;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;

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

	private final CustomerExport export;

	CustomerController(CustomerService customers, IdentityService identity, CustomerExport export) {
		this.customers = customers;
		this.identity = identity;
		this.export = export;
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
	 * The list as it is searched, filtered and sorted, as an Excel or CSV file (see
	 * {@link CustomerExport}). Invalid filters are left out, as on the page.
	 */
	@GetMapping("/export")
	ResponseEntity<StreamingResponseBody> export(@ModelAttribute("search") CustomerSearchForm search,
			BindingResult binding, @RequestParam(required = false) String format,
			@PageableDefault(size = CustomerSearch.MAX_PAGE_SIZE) Pageable pageable, Viewer viewer, Locale locale) {
		return export.export(search, search.toQuery(binding), pageable.getSort(), ListExports.Format.of(format), viewer,
				locale);
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
