package com.huike.crm.shared.domain;

import java.time.Clock;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.jpa.repository.config.EnableJpaAuditing;

/**
 * Spring Data auditing of every {@link AuditedEntity}: the time comes from the
 * application's {@code Clock} (never {@code Instant.now()}), the user from the one
 * {@code AuditorAware<Long>} bean there is (crm-web gives the signed-in user's id;
 * without such a bean the "by" columns stay empty). Lives beside the entities so that a
 * {@code @DataJpaTest} imports the very configuration the application runs with.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaAuditing(dateTimeProviderRef = "auditingDateTimeProvider")
public class JpaAuditingConfiguration {

	@Bean
	DateTimeProvider auditingDateTimeProvider(Clock clock) {
		return () -> Optional.of(clock.instant());
	}

}
