package com.huike.crm.customer.web;

import java.time.Clock;
import java.time.LocalDate;

import com.huike.crm.customer.ArchiveEntryConflictException;
import com.huike.crm.customer.CustomerReportService;
import com.huike.crm.customer.CustomerService;
import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.RuleViolationException;
import com.huike.crm.shared.web.FormErrors;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Part 1 of the archive (客户基础资料): the visit and survey reports of the sales staff.
 */
@Controller
@RequestMapping("/customers/{customerId}/reports")
class CustomerReportController {

	private static final String VIEW = "customers/reports";

	private final CustomerService customers;

	private final CustomerReportService reports;

	private final Clock clock;

	CustomerReportController(CustomerService customers, CustomerReportService reports, Clock clock) {
		this.customers = customers;
		this.reports = reports;
		this.clock = clock;
	}

	@GetMapping
	String list(@PathVariable Long customerId, @PageableDefault(size = 20) Pageable pageable, Viewer viewer,
			Model model, HtmxRequest htmx) {
		model.addAttribute("form", ReportForm.empty(LocalDate.now(clock)));
		prepare(customerId, null, pageable, viewer, model);
		return htmx.isHtmxRequest() ? VIEW + " :: table" : VIEW;
	}

	@PostMapping
	String add(@PathVariable Long customerId, @Valid @ModelAttribute("form") ReportForm form, BindingResult binding,
			@PageableDefault(size = 20) Pageable pageable, Viewer viewer, Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				reports.add(customerId, form.toEntry(), viewer);
				redirect.addFlashAttribute("flash", "parts.report.added");
				return "redirect:/customers/{customerId}/reports";
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(binding, ex);
			}
		}
		prepare(customerId, null, pageable, viewer, model);
		return VIEW;
	}

	@GetMapping("/{reportId}/edit")
	String edit(@PathVariable Long customerId, @PathVariable Long reportId,
			@PageableDefault(size = 20) Pageable pageable, Viewer viewer, Model model) {
		model.addAttribute("form", ReportForm.of(reports.get(customerId, reportId, viewer)));
		prepare(customerId, reportId, pageable, viewer, model);
		return VIEW;
	}

	@PostMapping("/{reportId}")
	String revise(@PathVariable Long customerId, @PathVariable Long reportId,
			@Valid @ModelAttribute("form") ReportForm form, BindingResult binding,
			@PageableDefault(size = 20) Pageable pageable, Viewer viewer, Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				reports.revise(customerId, reportId, (form.version() != null) ? form.version() : -1, form.toEntry(),
						viewer);
				redirect.addFlashAttribute("flash", "parts.report.updated");
				return "redirect:/customers/{customerId}/reports";
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(binding, ex);
			}
			catch (ArchiveEntryConflictException ex) {
				PartForms.conflict(binding, model, ex);
			}
		}
		prepare(customerId, reportId, pageable, viewer, model);
		return VIEW;
	}

	@GetMapping("/{reportId}/delete")
	String confirmDelete(@PathVariable Long customerId, @PathVariable Long reportId, Viewer viewer, Model model) {
		model.addAttribute("customer", customers.get(customerId, viewer));
		model.addAttribute("part", "reports");
		model.addAttribute("entry", reports.get(customerId, reportId, viewer));
		return "customers/confirm-delete";
	}

	@PostMapping("/{reportId}/delete")
	String delete(@PathVariable Long customerId, @PathVariable Long reportId,
			@RequestParam(required = false) String confirmed, Viewer viewer, Model model, RedirectAttributes redirect) {
		if (!PartForms.CONFIRMED.equals(confirmed)) {
			return confirmDelete(customerId, reportId, viewer, model);
		}
		reports.delete(customerId, reportId, viewer);
		redirect.addFlashAttribute("flash", "parts.report.deleted");
		return "redirect:/customers/{customerId}/reports";
	}

	private void prepare(Long customerId, Long editing, Pageable pageable, Viewer viewer, Model model) {
		model.addAttribute("page", reports.list(customerId, viewer, pageable));
		model.addAttribute("customer", customers.get(customerId, viewer));
		model.addAttribute("editing", editing);
	}

}
