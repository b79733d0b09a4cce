package com.huike.crm.customer.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.huike.crm.audit.domain.AccessPurpose;
import com.huike.crm.customer.CustomerArchive;
import com.huike.crm.customer.CustomerNotFoundException;
import com.huike.crm.customer.CustomerProfileService;
import com.huike.crm.customer.InvalidProfileException;
import com.huike.crm.customer.ProfileChange;
import com.huike.crm.customer.ProfileError;
import com.huike.crm.customer.ProfileSection;
import com.huike.crm.customer.SectionAnswers;
import com.huike.crm.customer.StaleProfileException;
import com.huike.crm.identity.Viewer;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The archive of one customer: the detail page by sections, the edit form of one section,
 * the history and the print view.
 */
@Controller
@RequestMapping("/customers/{id}")
class CustomerArchiveController {

	private final CustomerProfileService profiles;

	private final MessageSource messages;

	private final Clock clock;

	CustomerArchiveController(CustomerProfileService profiles, MessageSource messages, Clock clock) {
		this.profiles = profiles;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String detail(@PathVariable Long id, Viewer viewer, Model model) {
		CustomerArchive archive = profiles.archive(id, viewer, AccessPurpose.DETAIL);
		model.addAttribute("archive", archive);
		model.addAttribute("customer", archive.customer());
		return "customers/detail";
	}

	@GetMapping("/print")
	String print(@PathVariable Long id, Viewer viewer, Model model) {
		CustomerArchive archive = profiles.archive(id, viewer, AccessPurpose.PRINT);
		if (!archive.customer().access().canReadArchive()) {
			throw new CustomerNotFoundException(id);
		}
		model.addAttribute("archive", archive);
		model.addAttribute("customer", archive.customer());
		model.addAttribute("printedAt", clock.instant());
		model.addAttribute("printedBy", viewer.displayName());
		return "customers/print";
	}

	@GetMapping("/history")
	String history(@PathVariable Long id, @PageableDefault(size = 20) Pageable pageable, Viewer viewer, Model model) {
		model.addAttribute("page", profiles.history(id, viewer, pageable));
		model.addAttribute("customerId", id);
		return "customers/history";
	}

	@GetMapping("/sections/{section}/edit")
	String editSection(@PathVariable Long id, @PathVariable("section") String key, Viewer viewer, Model model) {
		ProfileSection section = section(key, id);
		SectionAnswers answers = profiles.section(id, section, viewer);
		return form(model, answers, SectionForm.of(section, answers.answers(), answers.version()), 0);
	}

	@PostMapping("/sections/{section}/edit")
	String saveSection(@PathVariable Long id, @PathVariable("section") String key,
			@RequestParam MultiValueMap<String, String> params, Viewer viewer, Model model, Locale locale,
			RedirectAttributes redirect) {
		ProfileSection section = section(key, id);
		SectionForm form = SectionForm.fromRequest(section, params);
		if (params.containsKey("_addChild")) {
			return form(model, profiles.section(id, section, viewer), form, 1);
		}
		try {
			profiles.update(id, form.version(), section, form.toAnswers(section), viewer);
		}
		catch (InvalidProfileException ex) {
			model.addAttribute("errors", errors(ex.errors(), locale));
			return form(model, profiles.section(id, section, viewer), form, 0);
		}
		catch (StaleProfileException ex) {
			model.addAttribute("conflict", ex.changes());
			model.addAttribute("stale", true);
			return form(model, profiles.section(id, section, viewer), form.withVersion(ex.currentVersion()), 0);
		}
		redirect.addFlashAttribute("flash", "profile.saved");
		return "redirect:/customers/" + id + "#section-" + section.key();
	}

	private String form(Model model, SectionAnswers answers, SectionForm form, int extraRows) {
		model.addAttribute("section", answers.section());
		model.addAttribute("customer", answers.customer());
		model.addAttribute("sensitiveVisible", answers.sensitiveVisible());
		model.addAttribute("form", form);
		model.addAttribute("childRows", form.childRows(extraRows));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		if (!model.containsAttribute("stale")) {
			model.addAttribute("stale", false);
		}
		if (!model.containsAttribute("conflict")) {
			model.addAttribute("conflict", List.<ProfileChange>of());
		}
		return "customers/section-form";
	}

	private Map<String, String> errors(List<ProfileError> errors, Locale locale) {
		Map<String, String> texts = new LinkedHashMap<>();
		for (ProfileError error : errors) {
			texts.putIfAbsent(error.field(),
					messages.getMessage(error.code(), error.args().toArray(), error.code(), locale));
		}
		return texts;
	}

	private static ProfileSection section(String key, Long id) {
		return ProfileSection.fromKey(key).orElseThrow(() -> new CustomerNotFoundException(id));
	}

}
