package com.huike.crm.security;

import com.huike.crm.identity.LoginThrottleService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Form login for people, HTTP Basic as well for the JSON API, both behind the login
 * throttle ({@link ThrottledAuthenticationProvider}). CSRF stays on; only requests that
 * carry their own credentials (HTTP Basic) are exempt, since a browser never adds those
 * by itself.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

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
			.requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error", "/error/**")
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
			.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(apiEntryPoint(),
					PathPatternRequestMatcher.withDefaults().matcher("/api/**")))
			.csrf(csrf -> csrf.ignoringRequestMatchers(request -> {
				String header = request.getHeader("Authorization");
				return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
			}));
		return http.build();
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
