package com.huike.crm.customer.web;

import java.time.Clock;
import java.time.LocalDate;

import com.huike.crm.customer.ArchiveEntryConflictException;
import com.huike.crm.customer.CustomerService;
import com.huike.crm.customer.CustomerTransactionService;
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
 * Part 3 of the archive (交易状况): the customer's purchases.
 */
@Controller
@RequestMapping("/customers/{customerId}/transactions")
class CustomerTransactionController {

	private static final String VIEW = "customers/transactions";

	private final CustomerService customers;

	private final CustomerTransactionService transactions;

	private final Clock clock;

	CustomerTransactionController(CustomerService customers, CustomerTransactionService transactions, Clock clock) {
		this.customers = customers;
		this.transactions = transactions;
		this.clock = clock;
	}

	@GetMapping
	String list(@PathVariable Long customerId, @PageableDefault(size = 20) Pageable pageable, Viewer viewer,
			Model model, HtmxRequest htmx) {
		model.addAttribute("form", TransactionForm.empty(LocalDate.now(clock)));
		prepare(customerId, null, pageable, viewer, model);
		return htmx.isHtmxRequest() ? VIEW + " :: table" : VIEW;
	}

	@PostMapping
	String add(@PathVariable Long customerId, @Valid @ModelAttribute("form") TransactionForm form,
			BindingResult binding, @PageableDefault(size = 20) Pageable pageable, Viewer viewer, Model model,
			RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				transactions.add(customerId, form.toEntry(), viewer);
				redirect.addFlashAttribute("flash", "parts.transaction.added");
				return "redirect:/customers/{customerId}/transactions";
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(binding, ex);
			}
		}
		prepare(customerId, null, pageable, viewer, model);
		return VIEW;
	}

	@GetMapping("/{transactionId}/edit")
	String edit(@PathVariable Long customerId, @PathVariable Long transactionId,
			@PageableDefault(size = 20) Pageable pageable, Viewer viewer, Model model) {
		model.addAttribute("form", TransactionForm.of(transactions.get(customerId, transactionId, viewer)));
		prepare(customerId, transactionId, pageable, viewer, model);
		return VIEW;
	}

	@PostMapping("/{transactionId}")
	String revise(@PathVariable Long customerId, @PathVariable Long transactionId,
			@Valid @ModelAttribute("form") TransactionForm form, BindingResult binding,
			@PageableDefault(size = 20) Pageable pageable, Viewer viewer, Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				transactions.revise(customerId, transactionId, (form.version() != null) ? form.version() : -1,
						form.toEntry(), viewer);
				redirect.addFlashAttribute("flash", "parts.transaction.updated");
				return "redirect:/customers/{customerId}/transactions";
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(binding, ex);
			}
			catch (ArchiveEntryConflictException ex) {
				PartForms.conflict(binding, model, ex);
			}
		}
		prepare(customerId, transactionId, pageable, viewer, model);
		return VIEW;
	}

	@GetMapping("/{transactionId}/delete")
	String confirmDelete(@PathVariable Long customerId, @PathVariable Long transactionId, Viewer viewer, Model model) {
		model.addAttribute("customer", customers.get(customerId, viewer));
		model.addAttribute("part", "transactions");
		model.addAttribute("entry", transactions.get(customerId, transactionId, viewer));
		return "customers/confirm-delete";
	}

	@PostMapping("/{transactionId}/delete")
	String delete(@PathVariable Long customerId, @PathVariable Long transactionId,
			@RequestParam(required = false) String confirmed, Viewer viewer, Model model, RedirectAttributes redirect) {
		if (!PartForms.CONFIRMED.equals(confirmed)) {
			return confirmDelete(customerId, transactionId, viewer, model);
		}
		transactions.delete(customerId, transactionId, viewer);
		redirect.addFlashAttribute("flash", "parts.transaction.deleted");
		return "redirect:/customers/{customerId}/transactions";
	}

	private void prepare(Long customerId, Long editing, Pageable pageable, Viewer viewer, Model model) {
		model.addAttribute("page", transactions.list(customerId, viewer, pageable));
		model.addAttribute("customer", customers.get(customerId, viewer));
		model.addAttribute("editing", editing);
	}

}
