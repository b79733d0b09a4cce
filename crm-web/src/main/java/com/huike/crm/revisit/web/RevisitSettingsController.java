package com.huike.crm.revisit.web;

import java.util.HashMap;
import java.util.Map;

import com.huike.crm.identity.Viewer;
import com.huike.crm.revisit.RevisitSettingsService;
import com.huike.crm.revisit.RevisitSettingsService.SettingsView;
import com.huike.crm.revisit.domain.RevisitKind;
import com.huike.crm.shared.ConflictException;
import com.huike.crm.shared.RuleViolationException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * 回访设置 for the customer-service manager: the script and the service items of each kind of
 * revisit, the windows and the calls allowed.
 */
@Controller
@RequestMapping("/revisits/settings")
class RevisitSettingsController {

	private final RevisitSettingsService settings;

	private final MessageSource messages;

	RevisitSettingsController(RevisitSettingsService settings, MessageSource messages) {
		this.settings = settings;
		this.messages = messages;
	}

	@GetMapping
	String page(@RequestParam(required = false) RevisitKind kind, Viewer viewer, Model model) {
		return page((kind != null) ? kind : RevisitKind.SATISFACTION, viewer, model, Map.of(), Map.of());
	}

	@PostMapping("/{kind}/script")
	String script(@PathVariable RevisitKind kind, @RequestParam long version, @RequestParam String script,
			Viewer viewer, Model model, RedirectAttributes redirect) {
		try {
			settings.rewriteScript(kind, version, script, viewer);
		}
		catch (RuleViolationException ex) {
			return page(kind, viewer, model, Map.of("script", script), errors(ex));
		}
		redirect.addFlashAttribute("flash", "revisit.settings.script.saved");
		return "redirect:/revisits/settings?kind=" + kind;
	}

	@PostMapping("/{kind}/items")
	String addItem(@PathVariable RevisitKind kind, @RequestParam(required = false) String name,
			@RequestParam(required = false) String nameEn, Viewer viewer, Model model, RedirectAttributes redirect) {
		try {
			settings.addItem(kind, name, nameEn, viewer);
		}
		catch (RuleViolationException ex) {
			Map<String, String> typed = new HashMap<>();
			typed.put("name", name);
			typed.put("nameEn", nameEn);
			return page(kind, viewer, model, typed, errors(ex));
		}
		redirect.addFlashAttribute("flash", "revisit.settings.item.added");
		return "redirect:/revisits/settings?kind=" + kind;
	}

	@PostMapping("/items/{id}")
	String changeItem(@PathVariable Long id, @RequestParam RevisitKind kind, @RequestParam long version,
			@RequestParam(required = false) String name, @RequestParam(required = false) String nameEn,
			@RequestParam(defaultValue = "false") boolean active, Viewer viewer, Model model,
			RedirectAttributes redirect) {
		try {
			settings.changeItem(id, version, name, nameEn, active, viewer);
		}
		catch (RuleViolationException ex) {
			return page(kind, viewer, model, Map.of(), errors(ex, "item" + id + "-"));
		}
		redirect.addFlashAttribute("flash", "revisit.settings.item.saved");
		return "redirect:/revisits/settings?kind=" + kind;
	}

	@PostMapping
	String change(@RequestParam Map<String, String> params, Viewer viewer, Model model, RedirectAttributes redirect) {
		SettingsView changed = new SettingsView(number(params, "complaintMinDays"), number(params, "complaintMaxDays"),
				number(params, "deliveryMinDays"), number(params, "deliveryMaxDays"),
				number(params, "deliveryIntervalDays"), number(params, "maxAttempts"), params.get("deliveryDepartment"),
				null, (number(params, "version") != null) ? number(params, "version") : -1);
		try {
			settings.change(changed, viewer);
		}
		catch (RuleViolationException ex) {
			return page(RevisitKind.SATISFACTION, viewer, model, params, errors(ex));
		}
		redirect.addFlashAttribute("flash", "revisit.settings.saved");
		return "redirect:/revisits/settings";
	}

	/** Settings changed in another tab: back to the page, unchanged, with the reason. */
	@ExceptionHandler(ConflictException.class)
	String refused(ConflictException ex, HttpServletRequest request) {
		RequestContextUtils.getOutputFlashMap(request).put("flashWarning", ex.getMessageKey());
		return "redirect:/revisits/settings";
	}

	private String page(RevisitKind kind, Viewer viewer, Model model, Map<String, String> typed,
			Map<String, String> errors) {
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", RevisitKind.values());
		model.addAttribute("setup", settings.setup(kind, viewer));
		SettingsView current = settings.settings(viewer);
		model.addAttribute("settings", current);
		Map<String, Object> values = new java.util.LinkedHashMap<>();
		values.put("complaintMinDays", current.complaintMinDays());
		values.put("complaintMaxDays", current.complaintMaxDays());
		values.put("deliveryMinDays", current.deliveryMinDays());
		values.put("deliveryMaxDays", current.deliveryMaxDays());
		values.put("deliveryIntervalDays", current.deliveryIntervalDays());
		values.put("maxAttempts", current.maxAttempts());
		// one map per number field (name, label key, value shown, message): the form's
		// fields
		java.util.List<Map<String, String>> fields = new java.util.ArrayList<>();
		values.forEach((name, value) -> {
			Map<String, String> field = new HashMap<>();
			field.put("name", name);
			field.put("label", "revisit.settings." + name);
			field.put("value", typed.containsKey(name) ? typed.get(name) : String.valueOf(value));
			field.put("error", errors.get(name));
			fields.add(field);
		});
		model.addAttribute("settingFields", fields);
		model.addAttribute("typed", typed);
		model.addAttribute("errors", errors);
		return "revisits/settings";
	}

	/** The messages of the violations by field, in the user's language. */
	private Map<String, String> errors(RuleViolationException ex) {
		return errors(ex, "");
	}

	private Map<String, String> errors(RuleViolationException ex, String prefix) {
		Map<String, String> errors = new HashMap<>();
		ex.getViolations()
			.forEach(v -> errors.put(prefix + v.field(),
					messages.getMessage(v.messageKey(), v.arguments(), LocaleContextHolder.getLocale())));
		return errors;
	}

	/** A whole number typed, or null (then out of range: the service says so). */
	private static Integer number(Map<String, String> params, String name) {
		String value = params.get(name);
		if (value == null || value.isBlank() || value.strip().length() > 9) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
