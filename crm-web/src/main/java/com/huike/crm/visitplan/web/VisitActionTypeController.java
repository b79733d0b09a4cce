package com.huike.crm.visitplan.web;

import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.RuleViolationException;
import com.huike.crm.shared.web.FormErrors;
import com.huike.crm.visitplan.ActionTypeView;
import com.huike.crm.visitplan.VisitPlanService;
import com.huike.crm.visitplan.VisitPlanSettingsService;
import jakarta.validation.Valid;

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
 * The administrator's settings of the visit plans: the kinds of action (营销动作) and the
 * most actions a generated plan puts on one working day.
 */
@Controller
@RequestMapping("/admin/visit-plans")
class VisitActionTypeController {

	private final VisitPlanService plans;

	private final VisitPlanSettingsService settings;

	VisitActionTypeController(VisitPlanService plans, VisitPlanSettingsService settings) {
		this.plans = plans;
		this.settings = settings;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("form", new ActionTypeForm("", "", true));
		return page(model, String.valueOf(plans.maxPerDay()), null);
	}

	@PostMapping("/action-types")
	String add(@Valid @ModelAttribute("form") ActionTypeForm form, BindingResult binding, Viewer viewer, Model model,
			RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				settings.addActionType(form.name(), form.nameEn(), viewer);
				redirect.addFlashAttribute("flash", "visitplan.actionType.added");
				return "redirect:/admin/visit-plans";
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(binding, ex);
			}
		}
		return page(model, String.valueOf(plans.maxPerDay()), null);
	}

	@PostMapping("/action-types/{id}")
	String change(@PathVariable Long id, @RequestParam(required = false) String name,
			@RequestParam(required = false) String nameEn, @RequestParam(required = false) Boolean active,
			Viewer viewer, RedirectAttributes redirect) {
		try {
			settings.changeActionType(id, name, nameEn, Boolean.TRUE.equals(active), viewer);
			redirect.addFlashAttribute("flash", "visitplan.actionType.saved");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("refused", ex.getMessageKey());
		}
		return "redirect:/admin/visit-plans";
	}

	@PostMapping("/max-per-day")
	String maxPerDay(@RequestParam(required = false) String maxPerDay, Viewer viewer, Model model,
			RedirectAttributes redirect) {
		Integer value = null;
		if (maxPerDay != null && maxPerDay.strip().matches("\\d{1,4}")) {
			value = Integer.valueOf(maxPerDay.strip());
		}
		try {
			settings.changeMaxPerDay(value, viewer);
		}
		catch (RuleViolationException ex) {
			model.addAttribute("form", new ActionTypeForm("", "", true));
			return page(model, maxPerDay, ex.getMessageKey());
		}
		redirect.addFlashAttribute("flash", "visitplan.maxPerDay.saved");
		return "redirect:/admin/visit-plans";
	}

	private String page(Model model, String maxPerDay, String maxPerDayError) {
		java.util.List<ActionTypeView> types = plans.actionTypes(false);
		model.addAttribute("types", types);
		model.addAttribute("maxPerDay", maxPerDay);
		model.addAttribute("maxPerDayError", maxPerDayError);
		model.addAttribute("maxPerDayLimit", com.huike.crm.visitplan.domain.VisitPlanSettings.MAX_PER_DAY_LIMIT);
		return "admin/visit-plans";
	}

}
