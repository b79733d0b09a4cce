package com.huike.crm.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The administrator's start page: users, teams, the sensitive-data access log.
 */
@Controller
class AdminHomeController {

	@GetMapping("/admin")
	String home() {
		return "admin/index";
	}

}
