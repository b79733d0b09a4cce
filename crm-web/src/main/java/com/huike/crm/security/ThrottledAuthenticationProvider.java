package com.huike.crm.security;

import com.huike.crm.identity.LoginThrottleService;
import com.huike.crm.identity.LoginThrottleService.LoginCheck;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Puts the login throttle in front of the password check, for the login form and HTTP
 * Basic alike: a locked username or address is refused before its password is even
 * compared, a wrong password or unknown user counts as a failure, a success clears the
 * username's failures.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider delegate;

	private final LoginThrottleService throttle;

	ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottleService throttle) {
		this.delegate = delegate;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String address = clientAddress(authentication);
		LoginCheck check = throttle.check(username, address);
		if (check.locked()) {
			throw new LoginThrottledException(check.lockedFor().get());
		}
		Authentication result;
		try {
			result = delegate.authenticate(authentication);
		}
		catch (BadCredentialsException ex) {
			throttle.recordFailure(username, address);
			throw ex;
		}
		if (result != null && check.recentFailures()) {
			throttle.recordSuccess(username);
		}
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return delegate.supports(authentication);
	}

	/**
	 * The client's address as the servlet container sees it (behind a proxy: the proxy's,
	 * unless forwarded headers are trusted).
	 */
	static String clientAddress(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: null;
	}

}
