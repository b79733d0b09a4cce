package com.huike.crm.customer.web;

import java.time.Clock;
import java.time.LocalDate;

import com.huike.crm.customer.ArchiveEntryConflictException;
import com.huike.crm.customer.CustomerAdjustmentService;
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
 * Part 4 of the archive (退赔、折价情况): returns, compensations and discounts.
 */
@Controller
@RequestMapping("/customers/{customerId}/adjustments")
class CustomerAdjustmentController {

	private static final String VIEW = "customers/adjustments";

	private final CustomerService customers;

	private final CustomerAdjustmentService adjustments;

	private final Clock clock;

	CustomerAdjustmentController(CustomerService customers, CustomerAdjustmentService adjustments, Clock clock) {
		this.customers = customers;
		this.adjustments = adjustments;
		this.clock = clock;
	}

	@GetMapping
	String list(@PathVariable Long customerId, @PageableDefault(size = 20) Pageable pageable, Viewer viewer,
			Model model, HtmxRequest htmx) {
		model.addAttribute("form", AdjustmentForm.empty(LocalDate.now(clock)));
		prepare(customerId, null, pageable, viewer, model);
		return htmx.isHtmxRequest() ? VIEW + " :: table" : VIEW;
	}

	@PostMapping
	String add(@PathVariable Long customerId, @Valid @ModelAttribute("form") AdjustmentForm form, BindingResult binding,
			@PageableDefault(size = 20) Pageable pageable, Viewer viewer, Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				adjustments.add(customerId, form.toEntry(), viewer);
				redirect.addFlashAttribute("flash", "parts.adjustment.added");
				return "redirect:/customers/{customerId}/adjustments";
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(binding, ex);
			}
		}
		prepare(customerId, null, pageable, viewer, model);
		return VIEW;
	}

	@GetMapping("/{adjustmentId}/edit")
	String edit(@PathVariable Long customerId, @PathVariable Long adjustmentId,
			@PageableDefault(size = 20) Pageable pageable, Viewer viewer, Model model) {
		model.addAttribute("form", AdjustmentForm.of(adjustments.get(customerId, adjustmentId, viewer)));
		prepare(customerId, adjustmentId, pageable, viewer, model);
		return VIEW;
	}

	@PostMapping("/{adjustmentId}")
	String revise(@PathVariable Long customerId, @PathVariable Long adjustmentId,
			@Valid @ModelAttribute("form") AdjustmentForm form, BindingResult binding,
			@PageableDefault(size = 20) Pageable pageable, Viewer viewer, Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				adjustments.revise(customerId, adjustmentId, (form.version() != null) ? form.version() : -1,
						form.toEntry(), viewer);
				redirect.addFlashAttribute("flash", "parts.adjustment.updated");
				return "redirect:/customers/{customerId}/adjustments";
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(binding, ex);
			}
			catch (ArchiveEntryConflictException ex) {
				PartForms.conflict(binding, model, ex);
			}
		}
		prepare(customerId, adjustmentId, pageable, viewer, model);
		return VIEW;
	}

	@GetMapping("/{adjustmentId}/delete")
	String confirmDelete(@PathVariable Long customerId, @PathVariable Long adjustmentId, Viewer viewer, Model model) {
		model.addAttribute("customer", customers.get(customerId, viewer));
		model.addAttribute("part", "adjustments");
		model.addAttribute("entry", adjustments.get(customerId, adjustmentId, viewer));
		return "customers/confirm-delete";
	}

	@PostMapping("/{adjustmentId}/delete")
	String delete(@PathVariable Long customerId, @PathVariable Long adjustmentId,
			@RequestParam(required = false) String confirmed, Viewer viewer, Model model, RedirectAttributes redirect) {
		if (!PartForms.CONFIRMED.equals(confirmed)) {
			return confirmDelete(customerId, adjustmentId, viewer, model);
		}
		adjustments.delete(customerId, adjustmentId, viewer);
		redirect.addFlashAttribute("flash", "parts.adjustment.deleted");
		return "redirect:/customers/{customerId}/adjustments";
	}

	private void prepare(Long customerId, Long editing, Pageable pageable, Viewer viewer, Model model) {
		model.addAttribute("page", adjustments.list(customerId, viewer, pageable));
		model.addAttribute("customer", customers.get(customerId, viewer));
		model.addAttribute("editing", editing);
	}

}
