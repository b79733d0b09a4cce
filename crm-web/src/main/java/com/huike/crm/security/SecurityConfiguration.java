package com.huike.crm.security;

import com.huike.crm.identity.LoginThrottleService;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Form login for people, HTTP Basic as well for the JSON API, both behind the login
 * throttle ({@link ThrottledAuthenticationProvider}). CSRF stays on; only requests that
 * carry their own credentials (HTTP Basic) are exempt, since a browser never adds those
 * by itself.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * Everything from this server only; no inline or evaluated script (htmx and app.js
	 * are files of ours), no plugins, no framing, forms post here only. Inline styles
	 * stay allowed: a few elements are sized by data (the grade distribution's bars) and
	 * htmx adds its indicator style; they carry no code.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, UserDetailsService users,
			PasswordEncoder passwordEncoder, LoginThrottleService throttle, ApplicationEventPublisher events)
			throws Exception {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(passwordEncoder);
		ProviderManager authentication = new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
		authentication.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
		http.authenticationManager(authentication);
		http.authorizeHttpRequests(auth -> auth
			.requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/favicon.svg", "/error",
					"/error/**")
			.permitAll()
			.requestMatchers("/actuator/health", "/actuator/health/**")
			.permitAll()
			.requestMatchers("/actuator/**", "/admin/**")
			.hasRole("ADMIN")
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.defaultSuccessUrl("/", false)
				.failureHandler(new LoginFailureHandler(throttle))
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			.httpBasic(basic -> {
			})
			// API clients get 401 with a Basic challenge, never a redirect to the login
			// page
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
			.exceptionHandling(exceptions -> exceptions
				.defaultAuthenticationEntryPointFor(apiEntryPoint(),
						PathPatternRequestMatcher.withDefaults().matcher("/api/**"))
				.accessDeniedHandler(accessDenied(apiEntryPoint())))
			.csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::carriesBasicCredentials));
		return http.build();
	}

	/**
	 * CSRF protects what a browser adds by itself (the session cookie); HTTP Basic
	 * credentials are never added by a browser on its own.
	 */
	private static boolean carriesBasicCredentials(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
	}

	/**
	 * A refused API request of a caller who is not signed in (a write without credentials
	 * fails the CSRF check before any sign-in is tried) is answered 401 with the Basic
	 * challenge: what such a caller lacks is credentials, not a token.
	 */
	private static AccessDeniedHandler accessDenied(AuthenticationEntryPoint apiEntryPoint) {
		AccessDeniedHandler pages = new AccessDeniedHandlerImpl();
		return (request, response, denied) -> {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			boolean anonymous = authentication == null || authentication instanceof AnonymousAuthenticationToken;
			if (anonymous && request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				apiEntryPoint.commence(request, response,
						new InsufficientAuthenticationException("credentials are needed", denied));
			}
			else {
				pages.handle(request, response, denied);
			}
		};
	}

	private static BasicAuthenticationEntryPoint apiEntryPoint() {
		BasicAuthenticationEntryPoint entryPoint = new BasicAuthenticationEntryPoint();
		entryPoint.setRealmName("Huike CRM");
		return entryPoint;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

}
