package com.huike.crm.shared.web;

import java.util.Set;

import com.huike.crm.shared.RefusedException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one error page ({@code templates/error.html}) for a status: the title and text of
 * {@code error.<status>.*} (a status without texts of its own takes those of 400 or 500),
 * or the refusal's own message where it says more than the generic text.
 */
final class ErrorView {

	/** The statuses with texts of their own in the message bundle. */
	private static final Set<Integer> WITH_TEXTS = Set.of(400, 403, 404, 405, 409, 500, 503);

	private ErrorView() {
	}

	static ModelAndView of(int status, Throwable cause, HttpServletResponse response, Problems problems) {
		int texts = WITH_TEXTS.contains(status) ? status : (status < 500) ? 400 : 500;
		ModelAndView view = new ModelAndView("error");
		view.setStatus(HttpStatus.valueOf(status));
		view.addObject("status", status);
		view.addObject("titleKey", "error." + texts + ".title");
		view.addObject("text",
				(cause instanceof RefusedException refused)
						? problems.text(refused.getMessageKey(), refused.getArguments())
						: problems.text("error." + texts + ".text"));
		if (status == HttpStatus.SERVICE_UNAVAILABLE.value() && response != null) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(Problems.RETRY_AFTER_SECONDS));
		}
		return view;
	}

}
