package com.huike.crm.customer.web;

import com.huike.crm.customer.ArchiveEntryConflictException;
import com.huike.crm.customer.CreditDetails;
import com.huike.crm.customer.CustomerCreditService;
import com.huike.crm.customer.CustomerService;
import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.RuleViolationException;
import com.huike.crm.shared.web.FormErrors;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Part 2 of the archive (信誉、财务记录及付款方式): one record per customer, edited as a whole.
 */
@Controller
@RequestMapping("/customers/{customerId}/credit")
class CustomerCreditController {

	private static final String VIEW = "customers/credit";

	private final CustomerService customers;

	private final CustomerCreditService credits;

	CustomerCreditController(CustomerService customers, CustomerCreditService credits) {
		this.customers = customers;
		this.credits = credits;
	}

	@GetMapping
	String show(@PathVariable Long customerId, Viewer viewer, Model model) {
		CreditDetails credit = credits.get(customerId, viewer);
		model.addAttribute("form", CreditForm.of(credit));
		prepare(customerId, credit, viewer, model);
		return VIEW;
	}

	@PostMapping
	String save(@PathVariable Long customerId, @Valid @ModelAttribute("form") CreditForm form, BindingResult binding,
			Viewer viewer, Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				credits.save(customerId, form.version(), form.toEntry(), viewer);
				redirect.addFlashAttribute("flash", "parts.credit.saved");
				return "redirect:/customers/{customerId}/credit";
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(binding, ex);
			}
			catch (ArchiveEntryConflictException ex) {
				PartForms.conflict(binding, model, ex);
			}
		}
		prepare(customerId, credits.get(customerId, viewer), viewer, model);
		return VIEW;
	}

	private void prepare(Long customerId, CreditDetails credit, Viewer viewer, Model model) {
		model.addAttribute("customer", customers.get(customerId, viewer));
		model.addAttribute("credit", credit);
	}

}
