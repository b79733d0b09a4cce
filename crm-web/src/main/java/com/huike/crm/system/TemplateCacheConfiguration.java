package com.huike.crm.system;

import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How Thymeleaf renders: pages into memory first ({@link BufferedThymeleafView}), and
 * room in its caches for every page. Its expression cache holds 500 parsed expressions by
 * default, and the templates hold about 1,200 distinct attribute expressions (more,
 * counting the parts of each): a day of use across the pages would keep evicting and
 * parsing them again. Parsed expressions are small; 10,000 of them take a few megabytes
 * (20,000: room for four per attribute of 5,000).
 */
@Configuration(proxyBeanMethods = false)
class TemplateCacheConfiguration {

	static final int EXPRESSIONS = 20_000;

	static final int TEMPLATES = 1_000;

	/**
	 * Pages rendered in memory in chunks, then written at once
	 * ({@link BufferedThymeleafView}).
	 */
	@Bean
	static BeanPostProcessor bufferedViews() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof ThymeleafViewResolver resolver) {
					resolver.setViewClass(BufferedThymeleafView.class);
					resolver.setProducePartialOutputWhileProcessing(true);
				}
				return bean;
			}
		};
	}

	@Bean
	static BeanPostProcessor templateCacheSizes() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine && !engine.isInitialized()) {
					StandardCacheManager caches = new StandardCacheManager();
					caches.setExpressionCacheMaxSize(EXPRESSIONS);
					caches.setTemplateCacheMaxSize(TEMPLATES);
					engine.setCacheManager(caches);
				}
				return bean;
			}
		};
	}

}
