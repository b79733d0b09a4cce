package com.huike.crm.system;

import java.util.Collections;
import java.util.Locale;

import com.huike.crm.identity.Viewer;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The JSON API under {@code /api/v1}: its OpenAPI description (served at
 * {@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}) and its language. Pages
 * speak zh-CN unless the user picks English; API clients say what they want in
 * {@code Accept-Language}, so validation messages and problem details follow that header
 * (zh-CN when it names no supported language).
 */
@Configuration(proxyBeanMethods = false)
public class ApiConfiguration implements WebMvcConfigurer {

	static final String BASIC_AUTH = "basicAuth";

	static final String SESSION = "session";

	static {
		// the signed-in user is resolved from the session or Basic credentials, not sent
		// as a parameter
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Viewer.class);
	}

	@Bean
	OpenAPI huikeOpenApi() {
		return new OpenAPI().info(new Info().title("慧客 Huike CRM API")
			.version("v1")
			.contact(new Contact().name("Huike CRM").url("https://github.com/huike-crm/huike-crm"))
			.description("Customer archives (客户档案) of Huike CRM. Every request is scoped to the signed-in user: "
					+ "another manager's customer answers 404; call-center users see name, code, phones and "
					+ "owner only. Errors are RFC 9457 problem details in the language of Accept-Language "
					+ "(zh-CN by default), every error in the shape of the `Problem` schema. Paged lists have one shape: "
					+ "`content`, `page`, `size`, `totalElements`, `totalPages` (and `totals` where rows have amounts). "
					+ "Unknown JSON fields are refused (400 naming the field). Sign in with HTTP Basic, or use the "
					+ "browser session (then send the CSRF token in X-CSRF-TOKEN on writes)."))
			.components(new Components()
				.addSecuritySchemes(BASIC_AUTH, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
				.addSecuritySchemes(SESSION,
						new SecurityScheme().type(SecurityScheme.Type.APIKEY)
							.in(SecurityScheme.In.COOKIE)
							.name("JSESSIONID")))
			.addSecurityItem(new SecurityRequirement().addList(BASIC_AUTH))
			.addSecurityItem(new SecurityRequirement().addList(SESSION));
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new AcceptLanguageInterceptor()).addPathPatterns("/api/**", "/error");
	}

	/**
	 * Takes the API caller's language from {@code Accept-Language}; without the header
	 * the usual resolution (cookie, then zh-CN) stands.
	 */
	static final class AcceptLanguageInterceptor implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			// /error too when it answers for an API request (a 401 of the security
			// filters)
			Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
			boolean api = request.getRequestURI().startsWith(request.getContextPath() + "/api/")
					|| (original instanceof String uri && uri.startsWith(request.getContextPath() + "/api/"));
			if (api && request.getHeader("Accept-Language") != null) {
				LocaleContextHolder.setLocale(preferred(request));
			}
			return true;
		}

		static Locale preferred(HttpServletRequest request) {
			for (Locale locale : Collections.list(request.getLocales())) {
				if ("en".equals(locale.getLanguage())) {
					return Locale.ENGLISH;
				}
				if ("zh".equals(locale.getLanguage())) {
					return Locale.SIMPLIFIED_CHINESE;
				}
			}
			return Locale.SIMPLIFIED_CHINESE;
		}

	}

}
