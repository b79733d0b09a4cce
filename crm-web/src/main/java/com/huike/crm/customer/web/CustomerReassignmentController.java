package com.huike.crm.customer.web;

import java.util.List;

import com.huike.crm.customer.CustomerAccessDeniedException;
import com.huike.crm.customer.CustomerAssignmentService;
import com.huike.crm.customer.CustomerVersionConflictException;
import com.huike.crm.customer.ReassignmentOutcome;
import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.RefusedException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Bulk 转交 from the customer list: the list's check boxes and manager lead here (a GET:
 * nothing changes yet), the confirmation page shows the customers as they stand and posts
 * them back with their versions. Supervisors (their team) and administrators only; the
 * rules are {@link CustomerAssignmentService}'s. What cannot be done goes back to the
 * list with a message and changes nothing.
 */
@Controller
@RequestMapping("/customers/reassignments")
class CustomerReassignmentController {

	private final CustomerAssignmentService assignments;

	CustomerReassignmentController(CustomerAssignmentService assignments) {
		this.assignments = assignments;
	}

	@GetMapping("/new")
	String confirm(@RequestParam(name = "customerIds", required = false) List<Long> customerIds,
			@RequestParam(name = "ownerId", required = false) Long ownerId, Viewer viewer, Model model,
			RedirectAttributes redirect) {
		checkRole(viewer);
		try {
			model.addAttribute("preview", assignments.preview(customerIds, ownerId, viewer));
			return "customers/reassign";
		}
		catch (RefusedException ex) {
			return backToList(ex, redirect);
		}
	}

	@PostMapping
	String reassign(@ModelAttribute ReassignmentForm form, Viewer viewer, Model model, RedirectAttributes redirect) {
		checkRole(viewer);
		try {
			ReassignmentOutcome done = assignments.reassign(form.toCommand(), viewer);
			redirect.addFlashAttribute("flash", "assignment.bulk.saved");
			redirect.addFlashAttribute("flashArgs", new Object[] { done.count(), done.newOwner().displayName() });
			return "redirect:/customers";
		}
		catch (CustomerVersionConflictException ex) {
			// say so, and show them as they stand now, to be confirmed again
			try {
				model.addAttribute("preview", assignments.preview(form.customerIds(), form.ownerId(), viewer));
				model.addAttribute("changed", true);
				return "customers/reassign";
			}
			catch (RefusedException gone) {
				return backToList(gone, redirect);
			}
		}
		catch (RefusedException ex) {
			return backToList(ex, redirect);
		}
	}

	/**
	 * Managers and the call center do not reassign: a 403, as for the single hand-over.
	 */
	private static void checkRole(Viewer viewer) {
		if (!CustomerAssignmentService.mayReassign(viewer)) {
			throw new CustomerAccessDeniedException();
		}
	}

	private static String backToList(RefusedException ex, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashWarning", ex.getMessageKey());
		redirect.addFlashAttribute("flashWarningArgs", ex.getArguments());
		return "redirect:/customers";
	}

}
