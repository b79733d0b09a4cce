package com.huike.crm.care.web;

import java.util.Arrays;

import com.huike.crm.care.CareReminders;
import com.huike.crm.care.CareSettingsService;
import com.huike.crm.care.domain.CareTaskKind;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.RuleViolationException;
import com.huike.crm.shared.web.FormErrors;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's care settings: lead days and the holidays greeted by grade.
 */
@Controller
@RequestMapping("/admin/care")
class CareSettingsController {

	private final CareSettingsService settings;

	private final CareReminders reminders;

	CareSettingsController(CareSettingsService settings, CareReminders reminders) {
		this.settings = settings;
		this.reminders = reminders;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("form", CareSettingsForm.of(settings.current()));
		return prepare(model);
	}

	@PostMapping
	String save(@Valid @ModelAttribute("form") CareSettingsForm form, BindingResult binding, Viewer viewer, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return prepare(model);
		}
		try {
			settings.change(form.toView(), viewer);
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(binding, ex);
			return prepare(model);
		}
		redirect.addFlashAttribute("flash", "care.settings.saved");
		return "redirect:/admin/care";
	}

	private String prepare(Model model) {
		model.addAttribute("grades", Grade.values());
		model.addAttribute("holidayKinds",
				Arrays.stream(CareTaskKind.values()).filter(CareTaskKind::isHolidayGreeting).toList());
		model.addAttribute("coveredTo", reminders.coveredTo().orElse(null));
		return "admin/care";
	}

}
