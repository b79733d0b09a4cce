package com.huike.crm.system;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page: a manager's agenda (今日待办), a supervisor's team agenda (团队追踪), the
 * customer list for everybody else.
 */
@Controller
class HomeController {

	@GetMapping("/")
	String home(HttpServletRequest request) {
		if (request.isUserInRole("MANAGER")) {
			return "redirect:/agenda";
		}
		return request.isUserInRole("SUPERVISOR") ? "redirect:/agenda/team" : "redirect:/customers";
	}

}
