package com.huike.crm.security;

import java.io.IOException;

import com.huike.crm.identity.LoginThrottleService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Back to the login page after a failed sign-in, with the typed username kept and, when
 * the throttle now refuses sign-ins, how many minutes to wait. Everything travels in the
 * URL, not the session, so it works whichever app instance answers the next request.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

	private final LoginThrottleService throttle;

	private final RedirectStrategy redirect = new DefaultRedirectStrategy();

	LoginFailureHandler(LoginThrottleService throttle) {
		this.throttle = throttle;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String username = request.getParameter("username");
		Long lockedMinutes = null;
		if (exception instanceof LoginThrottledException throttled) {
			lockedMinutes = throttled.minutes();
		}
		else {
			// the failure just counted may have been the one that locks
			lockedMinutes = throttle.check(username, request.getRemoteAddr())
				.lockedFor()
				.map(d -> new LoginThrottledException(d).minutes())
				.orElse(null);
		}
		UriComponentsBuilder target = UriComponentsBuilder.fromPath("/login");
		if (lockedMinutes != null) {
			target.queryParam("locked", lockedMinutes);
		}
		else {
			target.queryParam("error");
		}
		if (username != null && !username.isBlank() && username.length() <= 100) {
			target.queryParam("username", username.strip());
		}
		redirect.sendRedirect(request, response, target.encode().build().toUriString());
	}

}
