package com.huike.crm.system;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page: a manager's agenda (今日待办), the customer list for everybody else.
 */
@Controller
class HomeController {

	@GetMapping("/")
	String home(HttpServletRequest request) {
		return request.isUserInRole("MANAGER") ? "redirect:/agenda" : "redirect:/customers";
	}

}
