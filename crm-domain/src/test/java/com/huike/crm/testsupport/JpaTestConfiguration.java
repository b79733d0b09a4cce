package com.huike.crm.testsupport;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Configuration;

/**
 * Boot configuration for slice tests below crm-web (entities and repositories under
 * {@code com.huike.crm}). A {@code @TestConfiguration}, so crm-web's component scan skips
 * it and the application class stays the only {@code @SpringBootConfiguration}. Use with
 * {@code @ContextConfiguration(classes = JpaTestConfiguration.class)}.
 */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage(basePackages = "com.huike.crm")
public class JpaTestConfiguration {

}
