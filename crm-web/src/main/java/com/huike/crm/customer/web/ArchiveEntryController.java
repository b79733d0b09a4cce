package com.huike.crm.customer.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;

import com.huike.crm.customer.ArchiveEntryConflictException;
import com.huike.crm.customer.ArchiveEntryService;
import com.huike.crm.customer.CustomerService;
import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.RuleViolationException;
import com.huike.crm.shared.web.FormErrors;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages every list part of the archive shares, below
 * {@code /customers/{customerId}/{part}}: the entries with the form that adds one (an
 * htmx request gets the table alone, for paging and sorting), {@code /{id}/edit} with the
 * form filled, the save of either (a refused rule or a stale version re-renders the form
 * with the input kept), and {@code /{id}/delete}, which asks first. Each answers with the
 * part's template {@code customers/{part}}, built on the fragments of
 * {@code customers/parts}, and the flash messages {@code parts.{entry}.added},
 * {@code .updated}, {@code .deleted}.
 * <p>
 * A part's controller maps its URL and says how its form is filled.
 *
 * @param <F> the part's form
 * @param <V> the values the form enters
 * @param <L> an entry as the service shows it
 */
abstract class ArchiveEntryController<F extends ArchiveEntryForm<V>, V, L> {

	private final CustomerService customers;

	private final ArchiveEntryService<?, V, L, ?> entries;

	private final Clock clock;

	private final String part;

	private final String messages;

	private final Function<LocalDate, F> emptyForm;

	private final Function<L, F> filledForm;

	/**
	 * @param part the part's name in URLs and templates ({@code transactions})
	 * @param entry an entry's name in message keys ({@code transaction})
	 * @param emptyForm the form of a new entry, dated today
	 * @param filledForm the form of an entry being edited
	 */
	ArchiveEntryController(CustomerService customers, ArchiveEntryService<?, V, L, ?> entries, Clock clock, String part,
			String entry, Function<LocalDate, F> emptyForm, Function<L, F> filledForm) {
		this.customers = customers;
		this.entries = entries;
		this.clock = clock;
		this.part = part;
		this.messages = "parts." + entry + ".";
		this.emptyForm = emptyForm;
		this.filledForm = filledForm;
	}

	@GetMapping
	String list(@PathVariable Long customerId, @PageableDefault(size = 20) Pageable pageable, Viewer viewer,
			Model model, HtmxRequest htmx) {
		model.addAttribute("form", emptyForm.apply(LocalDate.now(clock)));
		prepare(customerId, null, pageable, viewer, model);
		return htmx.isHtmxRequest() ? view() + " :: entries" : view();
	}

	@PostMapping
	String add(@PathVariable Long customerId, @Valid @ModelAttribute("form") F form, BindingResult binding,
			@PageableDefault(size = 20) Pageable pageable, Viewer viewer, Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				entries.add(customerId, form.toEntry(), viewer);
				return saved(redirect, "added");
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(binding, ex);
			}
		}
		prepare(customerId, null, pageable, viewer, model);
		return view();
	}

	@GetMapping("/{entryId}/edit")
	String edit(@PathVariable Long customerId, @PathVariable Long entryId,
			@PageableDefault(size = 20) Pageable pageable, Viewer viewer, Model model) {
		model.addAttribute("form", filledForm.apply(entries.get(customerId, entryId, viewer)));
		prepare(customerId, entryId, pageable, viewer, model);
		return view();
	}

	@PostMapping("/{entryId}")
	String revise(@PathVariable Long customerId, @PathVariable Long entryId, @Valid @ModelAttribute("form") F form,
			BindingResult binding, @PageableDefault(size = 20) Pageable pageable, Viewer viewer, Model model,
			RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				entries.revise(customerId, entryId, (form.version() != null) ? form.version() : -1, form.toEntry(),
						viewer);
				return saved(redirect, "updated");
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(binding, ex);
			}
			catch (ArchiveEntryConflictException ex) {
				PartForms.conflict(binding, model, ex);
			}
		}
		prepare(customerId, entryId, pageable, viewer, model);
		return view();
	}

	@GetMapping("/{entryId}/delete")
	String confirmDelete(@PathVariable Long customerId, @PathVariable Long entryId, Viewer viewer, Model model) {
		model.addAttribute("customer", customers.get(customerId, viewer));
		model.addAttribute("part", part);
		model.addAttribute("entry", entries.get(customerId, entryId, viewer));
		return "customers/confirm-delete";
	}

	@PostMapping("/{entryId}/delete")
	String delete(@PathVariable Long customerId, @PathVariable Long entryId,
			@RequestParam(required = false) String confirmed, Viewer viewer, Model model, RedirectAttributes redirect) {
		if (!PartForms.CONFIRMED.equals(confirmed)) {
			return confirmDelete(customerId, entryId, viewer, model);
		}
		entries.delete(customerId, entryId, viewer);
		return saved(redirect, "deleted");
	}

	private String saved(RedirectAttributes redirect, String what) {
		redirect.addFlashAttribute("flash", messages + what);
		return "redirect:/customers/{customerId}/" + part;
	}

	private void prepare(Long customerId, Long editing, Pageable pageable, Viewer viewer, Model model) {
		model.addAttribute("page", entries.list(customerId, viewer, pageable));
		model.addAttribute("customer", customers.get(customerId, viewer));
		model.addAttribute("editing", editing);
	}

	private String view() {
		return "customers/" + part;
	}

}
