package com.huike.crm.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page is the customer list until the agenda (今日待办) exists.
 */
@Controller
class HomeController {

	@GetMapping("/")
	String home() {
		return "redirect:/customers";
	}

}
