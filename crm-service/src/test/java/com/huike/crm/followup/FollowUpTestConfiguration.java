package com.huike.crm.followup;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import com.huike.crm.audit.AccessLogService;
import com.huike.crm.care.CareTaskService;
import com.huike.crm.customer.CustomerDirectory;
import com.huike.crm.customer.CustomerServicesTestConfiguration;
import com.huike.crm.customer.CustomerProfileService;
import com.huike.crm.customer.CustomerSchedule;
import com.huike.crm.customer.CustomerSearchKeys;
import com.huike.crm.customer.ProfileCodec;
import com.huike.crm.customer.SensitiveFieldCipher;
import com.huike.crm.demand.DemandService;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.testsupport.JpaTestConfiguration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The tracking services on the JPA slice, with the business clock fixed at {@link #NOW}.
 */
@Configuration(proxyBeanMethods = false)
@Import({ JpaTestConfiguration.class, CadenceService.class, GradeService.class, FollowUpService.class,
		AgendaService.class, TimelineService.class, IdentityService.class, CustomerDirectory.class,
		CustomerSchedule.class, CustomerProfileService.class, ProfileCodec.class, SensitiveFieldCipher.class,
		CustomerSearchKeys.class, AccessLogService.class, CareTaskService.class, DemandService.class,
		CustomerServicesTestConfiguration.class })
class FollowUpTestConfiguration {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final ZonedDateTime NOW = ZonedDateTime.of(2026, 6, 10, 10, 0, 0, 0, ZONE);

	@Bean
	Clock clock() {
		return Clock.fixed(NOW.toInstant(), ZONE);
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder(4);
	}

}
