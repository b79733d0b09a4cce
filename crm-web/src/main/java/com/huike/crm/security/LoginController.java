package com.huike.crm.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

	/**
	 * The sign-in page; {@code locked} is set by {@link LoginFailureHandler} when the
	 * throttle refuses sign-ins for that many minutes.
	 */
	@GetMapping("/login")
	String login(@RequestParam(name = "locked", required = false) String locked, Model model) {
		if (locked != null && locked.matches("\\d{1,4}")) {
			model.addAttribute("lockedMinutes", Integer.parseInt(locked));
		}
		return "login";
	}

}
