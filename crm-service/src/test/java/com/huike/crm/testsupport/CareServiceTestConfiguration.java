package com.huike.crm.testsupport;

import java.time.Clock;
import java.time.ZoneId;

import com.huike.crm.care.CareFixtures;
import com.huike.crm.customer.CustomerServicesTestConfiguration;
import com.huike.crm.customer.domain.CustomerRepository;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.domain.TeamRepository;
import com.huike.crm.identity.domain.UserAccountRepository;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The services of the calendar, care and demand features on top of a {@code @DataJpaTest}
 * slice, with the business's clock.
 */
@TestConfiguration(proxyBeanMethods = false)
@ComponentScan(basePackages = { "com.huike.crm.calendar", "com.huike.crm.care", "com.huike.crm.demand" })
@Import({ CustomerServicesTestConfiguration.class, IdentityService.class })
public class CareServiceTestConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder(4);
	}

	@Bean
	Clock clock() {
		return Clock.system(ZoneId.of("Asia/Shanghai"));
	}

	@Bean
	CareFixtures careFixtures(UserAccountRepository users, TeamRepository teams, CustomerRepository customers) {
		return new CareFixtures(users, teams, customers);
	}

}
