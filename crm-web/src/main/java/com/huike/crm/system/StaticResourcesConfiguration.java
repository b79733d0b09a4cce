package com.huike.crm.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Serves the WebJars under their versionless URLs
 * ({@code /webjars/htmx.org/dist/htmx.min.js}) without Spring's resource chain for the
 * rest of the application.
 * <p>
 * Why: with the chain enabled (Boot enables it by itself when a WebJars locator is
 * present) every URL a template builds with {@code @{...}} goes through
 * {@code ResourceUrlEncodingFilter}, which tries to resolve it as a static resource in
 * every classpath location, and misses are not cached: a page with 150 links to customers
 * spent 0.4 s doing that. {@code spring.web.resources.chain.enabled=false} turns the
 * chain (and the filter) off; this handler keeps the versionless WebJar URLs working.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourcesConfiguration implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
	}

}
