package com.huike.crm.complaint.web;

import com.huike.crm.complaint.ComplaintService;
import com.huike.crm.identity.Viewer;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The queues of the complaint flow: the customer-service manager's (to confirm,
 * escalated, returned and waiting for the feedback, every open complaint by deadline),
 * the department's for its handlers, and the list of suggestions and repair requests.
 */
@Controller
@RequestMapping("/complaints")
class ComplaintQueueController {

	private final ComplaintService complaints;

	ComplaintQueueController(ComplaintService complaints) {
		this.complaints = complaints;
	}

	@GetMapping
	String queue(@RequestParam(required = false) String cursor, Viewer viewer, Model model) {
		model.addAttribute("toConfirm", complaints.toConfirm(viewer));
		model.addAttribute("escalated", complaints.escalated(viewer));
		model.addAttribute("toFeedBack", complaints.toFeedBack(viewer));
		model.addAttribute("queue", complaints.queue(cursor, 20, viewer));
		return "complaints/queue";
	}

	@GetMapping("/department")
	String department(Viewer viewer, Model model) {
		model.addAttribute("department", complaints.departmentOfViewer(viewer).orElse(null));
		model.addAttribute("rows", complaints.departmentQueue(viewer));
		return "complaints/department";
	}

	@GetMapping("/suggestions")
	String suggestions(@RequestParam(defaultValue = "0") int page, Viewer viewer, Model model) {
		model.addAttribute("requests", complaints.suggestions(viewer, PageRequest.of(Math.max(0, page), 20)));
		return "complaints/suggestions";
	}

}
