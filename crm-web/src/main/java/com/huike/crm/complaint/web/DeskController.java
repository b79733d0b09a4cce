package com.huike.crm.complaint.web;

import com.huike.crm.complaint.CallerCard;
import com.huike.crm.complaint.ComplaintService;
import com.huike.crm.complaint.ComplaintSettingsService;
import com.huike.crm.complaint.DeskLookup;
import com.huike.crm.complaint.DeskService;
import com.huike.crm.complaint.domain.Channel;
import com.huike.crm.complaint.domain.RequestType;
import com.huike.crm.complaint.domain.Severity;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 坐席工作台: the agent's desk. One box finds the caller (phone as caller ID gives it, name,
 * pinyin or code); choosing one shows their card; "new caller" keeps the number; the
 * intake form records the request. Keyboard first: the box has the focus, Enter searches,
 * the results are links in tab order, the form's first field follows.
 */
@Controller
@RequestMapping("/desk")
class DeskController {

	private final DeskService desk;

	private final ComplaintSettingsService settings;

	private final ComplaintService complaints;

	DeskController(DeskService desk, ComplaintSettingsService settings, ComplaintService complaints) {
		this.desk = desk;
		this.settings = settings;
		this.complaints = complaints;
	}

	@GetMapping
	String desk(@RequestParam(required = false) String q, @RequestParam(required = false) Long customerId,
			@RequestParam(required = false) String phone, Viewer viewer, Model model) {
		DeskLookup lookup = desk.lookup(q, viewer);
		CallerCard caller = (customerId != null) ? desk.caller(customerId, viewer) : null;
		String callerPhone = (phone != null) ? phone : lookup.phone();
		if (caller != null && callerPhone == null) {
			callerPhone = caller.mobilePhone();
		}
		model.addAttribute("form", IntakeForm.empty(customerId, callerPhone));
		return page(lookup, caller, viewer, model);
	}

	@PostMapping("/requests")
	String receive(@Valid @ModelAttribute("form") IntakeForm form, BindingResult binding, Viewer viewer, Model model,
			RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				Long id = complaints.receive(form.toCommand(), viewer);
				redirect.addFlashAttribute("flash", "request.received." + form.type());
				redirect.addFlashAttribute("receivedId", id);
				return "redirect:/requests/" + id;
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(binding, ex);
			}
		}
		CallerCard caller = (form.customerId() != null) ? desk.caller(form.customerId(), viewer) : null;
		return page(new DeskLookup("", "", java.util.List.of(), false), caller, viewer, model);
	}

	private String page(DeskLookup lookup, CallerCard caller, Viewer viewer, Model model) {
		model.addAttribute("lookup", lookup);
		model.addAttribute("caller", caller);
		model.addAttribute("greeting", desk.openingLine());
		model.addAttribute("types", RequestType.values());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("severities", Severity.values());
		model.addAttribute("categories", settings.categories(true));
		return "desk/index";
	}

}
