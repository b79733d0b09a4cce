package com.huike.crm.customer.web;

import com.huike.crm.customer.CustomerAssignmentService;
import com.huike.crm.identity.Viewer;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A supervisor (or an administrator) hands a customer to another manager, from the form
 * of {@code customers/assignment :: form} on the detail page.
 */
@Controller
class CustomerAssignmentController {

	private final CustomerAssignmentService assignments;

	CustomerAssignmentController(CustomerAssignmentService assignments) {
		this.assignments = assignments;
	}

	@PostMapping("/customers/{id}/owner")
	String reassign(@PathVariable Long id, @RequestParam(name = "ownerId", required = false) Long ownerId,
			Viewer viewer, RedirectAttributes redirect) {
		if (ownerId == null) {
			redirect.addFlashAttribute("flash", "assignment.chooseManager");
		}
		else {
			assignments.reassign(id, ownerId, viewer);
			redirect.addFlashAttribute("flash", "assignment.saved");
		}
		return "redirect:/customers/" + id;
	}

}
