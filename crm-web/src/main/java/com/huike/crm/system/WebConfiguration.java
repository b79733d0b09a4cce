package com.huike.crm.system;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import com.huike.crm.security.ViewerArgumentResolver;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Chinese first: zh-CN unless the user picked English ({@code ?lang=en}), which a cookie
 * remembers. Every text comes from the bundles under {@code i18n/}, one per feature.
 * <p>
 * htmx requests are recognised in one place, by htmx-spring-boot: a handler that answers
 * them with a fragment takes an {@code HtmxRequest}; {@link HtmxVaryInterceptor}
 * completes the library's {@code Vary} header.
 */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

	public static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

	private final ViewerArgumentResolver viewerArgumentResolver;

	WebConfiguration(ViewerArgumentResolver viewerArgumentResolver) {
		this.viewerArgumentResolver = viewerArgumentResolver;
	}

	@Bean
	static MessageSource messageSource(@Value("${huike.messages.basenames}") String[] basenames) {
		ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
		for (String basename : basenames) {
			source.addBasenames("classpath:i18n/" + basename.strip());
		}
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		source.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
		return source;
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("huike-lang") {
			@Override
			public void setLocale(jakarta.servlet.http.HttpServletRequest request,
					jakarta.servlet.http.HttpServletResponse response, Locale locale) {
				super.setLocale(request, response, supported(locale));
			}
		};
		resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	static Locale supported(Locale locale) {
		if (locale != null && "en".equals(locale.getLanguage())) {
			return Locale.ENGLISH;
		}
		return Locale.SIMPLIFIED_CHINESE;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
		registry.addInterceptor(new HtmxVaryInterceptor());
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(viewerArgumentResolver);
	}

}
