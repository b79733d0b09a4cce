package com.huike.crm.audit.web;

import com.huike.crm.audit.AccessLogQuery;
import com.huike.crm.audit.AccessLogService;
import com.huike.crm.identity.Viewer;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Who was shown which customer's sensitive fields, when and why; what the call center
 * looked up; which lists were exported: for administrators.
 */
@Controller
class AccessLogController {

	private final AccessLogService accessLog;

	AccessLogController(AccessLogService accessLog) {
		this.accessLog = accessLog;
	}

	@GetMapping("/admin/access-log")
	String list(@ModelAttribute("filter") AccessLogFilter filter, @PageableDefault(size = 50) Pageable pageable,
			Viewer viewer, Model model) {
		model.addAttribute("page",
				accessLog.search(new AccessLogQuery(filter.customer(), filter.user()), viewer, pageable));
		return "admin/access-log";
	}

	@GetMapping("/admin/access-log/lookups")
	String lookups(@ModelAttribute("filter") LookupFilter filter, @PageableDefault(size = 50) Pageable pageable,
			Viewer viewer, Model model) {
		model.addAttribute("page", accessLog.lookups(filter.user(), viewer, pageable));
		return "admin/lookups";
	}

	@GetMapping("/admin/access-log/exports")
	String exports(@ModelAttribute("filter") LookupFilter filter, @PageableDefault(size = 50) Pageable pageable,
			Viewer viewer, Model model) {
		model.addAttribute("page", accessLog.exports(filter.user(), viewer, pageable));
		return "admin/exports";
	}

	/** The filter of the call center's searches and of the exports: by user. */
	record LookupFilter(String user) {

	}

	/** The filters as the query string carries them. */
	record AccessLogFilter(String customer, String user) {

	}

}
