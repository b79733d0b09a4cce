package com.huike.crm.followup.web;

import com.huike.crm.followup.FollowUpService;
import com.huike.crm.followup.TimelineService;
import com.huike.crm.identity.Viewer;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The customer's timeline: a page of its own, and (for htmx) the panel on the customer's
 * detail page.
 */
@Controller
class TimelineController {

	private final TimelineService timelines;

	private final FollowUpService followUps;

	TimelineController(TimelineService timelines, FollowUpService followUps) {
		this.timelines = timelines;
		this.followUps = followUps;
	}

	@GetMapping("/customers/{id}/timeline")
	String timeline(@PathVariable Long id, @PageableDefault(size = 20) Pageable pageable, Viewer viewer, Model model,
			HtmxRequest htmx) {
		model.addAttribute("customer", followUps.tracked(id, viewer));
		model.addAttribute("page", timelines.timeline(id, viewer, pageable));
		return htmx.isHtmxRequest() ? "followup/timeline :: results" : "followup/timeline";
	}

}
