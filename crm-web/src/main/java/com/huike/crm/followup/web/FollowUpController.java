package com.huike.crm.followup.web;

import java.time.Clock;

import com.huike.crm.followup.FollowUpLogged;
import com.huike.crm.followup.FollowUpService;
import com.huike.crm.followup.TrackedCustomer;
import com.huike.crm.followup.domain.Channel;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Logging a follow-up on a customer; the customer is given by the URL, so the agenda's
 * "log a follow-up" opens the form with the customer chosen.
 */
@Controller
class FollowUpController {

	private final FollowUpService followUps;

	private final Clock clock;

	FollowUpController(FollowUpService followUps, Clock clock) {
		this.followUps = followUps;
		this.clock = clock;
	}

	@GetMapping("/customers/{id}/follow-ups/new")
	String form(@PathVariable Long id, @RequestParam(required = false) String from, Viewer viewer, Model model) {
		TrackedCustomer customer = followUps.tracked(id, viewer);
		model.addAttribute("form", FollowUpForm.start(customer, clock));
		model.addAttribute("gradeProposal", customer.proposal());
		return prepare(customer, from, model);
	}

	@PostMapping("/customers/{id}/follow-ups")
	String log(@PathVariable Long id, @Valid @ModelAttribute("form") FollowUpForm form, BindingResult binding,
			@RequestParam(required = false) String from, Viewer viewer, Model model, RedirectAttributes redirect) {
		if (!binding.hasErrors()) {
			try {
				FollowUpLogged logged = followUps.log(form.toCommand(id), viewer);
				redirect.addFlashAttribute("followUpLogged", logged);
				return "agenda".equals(from) ? "redirect:/agenda" : "redirect:/customers/" + id + "/timeline";
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(binding, ex);
			}
		}
		GradeController.addProposal(binding, model);
		return prepare(followUps.tracked(id, viewer), from, model);
	}

	private String prepare(TrackedCustomer customer, String from, Model model) {
		model.addAttribute("customer", customer);
		model.addAttribute("channels", Channel.values());
		model.addAttribute("from", "agenda".equals(from) ? "agenda" : null);
		GradeController.addChoices(model);
		return "followup/form";
	}

}
