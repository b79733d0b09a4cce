package com.huike.crm.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import com.huike.crm.shared.domain.JpaAuditingConfiguration;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.AuditorAware;

/**
 * Spring Data auditing for slice tests as the application runs it
 * ({@link JpaAuditingConfiguration}), with a clock and a signed-in user the test sets:
 * add to {@code @ContextConfiguration} and autowire {@link TestClock} and
 * {@link TestAuditor}.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(JpaAuditingConfiguration.class)
public class AuditingTestConfiguration {

	@Bean
	TestClock clock() {
		return new TestClock();
	}

	@Bean
	TestAuditor auditor() {
		return new TestAuditor();
	}

	/**
	 * A clock in the business's time zone that stands still (at 2026-06-10 10:00) until
	 * the test moves it.
	 */
	public static final class TestClock extends Clock {

		private volatile Instant now = Instant.parse("2026-06-10T02:00:00Z");

		public void set(Instant now) {
			this.now = now;
		}

		public void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneId.of("Asia/Shanghai");
		}

		@Override
		public Clock withZone(ZoneId zone) {
			throw new UnsupportedOperationException("the business's time zone only");
		}

	}

	/** The user auditing records as signed in: nobody until the test signs one in. */
	public static final class TestAuditor implements AuditorAware<Long> {

		private volatile Long userId;

		/** Signs the user in; null signs everybody out. */
		public void signIn(Long userId) {
			this.userId = userId;
		}

		@Override
		public Optional<Long> getCurrentAuditor() {
			return Optional.ofNullable(userId);
		}

	}

}
