package com.huike.crm.notification.web;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.huike.crm.WebIntegrationTest;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.visitplan.VisitPlanApproved;
import com.huike.crm.visitplan.VisitPlanRejected;
import com.huike.crm.visitplan.VisitPlanSubmitted;
import com.huike.crm.visitplan.VisitResultsDecided;
import com.huike.crm.visitplan.domain.ResultsStatus;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The visit plans' events become notifications for the right people only, after the
 * publishing transaction committed and durably (through the event publication registry):
 * published here as {@code VisitPlanService} publishes them, in a transaction, about
 * plans of ids no other test uses.
 */
class NotificationListenersTests extends WebIntegrationTest {

	/** Plan ids far beyond the demo's and other tests', one per test. */
	private static final AtomicLong PLAN = new AtomicLong(900_000_000L + (System.nanoTime() % 1_000_000L) * 10);

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	IdentityService identity;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	java.time.Clock clock;

	private final Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	private final YearMonth month = YearMonth.of(2031, 5);

	private Long id(String username) {
		return identity.userIdOf(username).orElseThrow();
	}

	private void publish(Object event) {
		transactions.executeWithoutResult(status -> events.publishEvent(event));
	}

	/** Who was notified of the plan, once the listeners wrote {@code expected} rows. */
	private List<Map<String, Object>> notified(long plan, int expected) {
		await().atMost(Duration.ofSeconds(20)).until(() -> notified(plan).size() >= expected);
		return notified(plan);
	}

	/** Who was notified of the plan, by username, with the kind and arguments. */
	private List<Map<String, Object>> notified(long plan) {
		return jdbc.queryForList(
				"select u.username, n.kind, n.message_key, array_to_string(n.arguments, '|') as args, n.read_at"
						+ " from notification n join app_user u on u.id = n.recipient_id where n.link = ?"
						+ " order by n.created_at, n.id",
				"/visit-plans/" + plan);
	}

	@Test
	void thePlansCycleThroughThePagesNotifiesTheMarketManagerThenTheManager() throws Exception {
		YearMonth far = YearMonth.now(clock).plusMonths(53);
		String location = mvc
			.perform(post("/visit-plans/generate").with(user("manager2").roles("MANAGER"))
				.with(csrf())
				.param("month", far.toString()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long plan = Long.parseLong(location.replace("/visit-plans/", ""));
		mvc.perform(post("/visit-plans/" + plan + "/submit").with(user("manager2").roles("MANAGER"))
			.with(csrf())
			.param("version", String.valueOf(version(plan))));
		assertThat(notified(plan, 1)).extracting(r -> r.get("username") + " " + r.get("kind"))
			.containsExactly("supervisor1 visitplan.submitted");

		mvc.perform(post("/visit-plans/" + plan + "/approve").with(user("supervisor1").roles("SUPERVISOR"))
			.with(csrf())
			.param("version", String.valueOf(version(plan))));
		assertThat(notified(plan, 2)).extracting(r -> r.get("username") + " " + r.get("kind"))
			.containsExactly("supervisor1 visitplan.submitted", "manager2 visitplan.approved");
	}

	private long version(long plan) {
		return jdbc.queryForObject("select version from visit_plan where id = ?", Long.class, plan);
	}

	@Test
	void aSubmittedPlanNotifiesTheTeamsMarketManagerOnlyNeverTheSubmitter() {
		long plan = PLAN.incrementAndGet();
		publish(new VisitPlanSubmitted(plan, id("manager2"), month, at));

		List<Map<String, Object>> rows = notified(plan, 1);
		assertThat(rows).hasSize(1);
		assertThat(rows.get(0)).containsEntry("username", "supervisor1")
			.containsEntry("kind", "visitplan.submitted")
			.containsEntry("message_key", "notification.visitplan.submitted")
			.containsEntry("args",
					identity.displayNames(java.util.Set.of(id("manager2"))).get(id("manager2")) + "|2031-05");
		assertThat(rows.get(0).get("read_at")).isNull();
	}

	@Test
	void aPlanOfTheOtherTeamNotifiesItsOwnMarketManager() {
		long plan = PLAN.incrementAndGet();
		publish(new VisitPlanSubmitted(plan, id("manager3"), month, at));
		assertThat(notified(plan, 1)).extracting(r -> r.get("username")).containsExactly("supervisor2");
	}

	@Test
	void anApprovalAndARejectionWithItsReasonNotifyTheManagerOnly() {
		long approved = PLAN.incrementAndGet();
		publish(new VisitPlanApproved(approved, id("manager1"), month, id("supervisor1"), at));
		long rejected = PLAN.incrementAndGet();
		publish(new VisitPlanRejected(rejected, id("manager1"), month, id("supervisor1"), "请补上陈列检查", at));

		assertThat(notified(approved, 1)).singleElement()
			.satisfies(r -> assertThat(r).containsEntry("username", "manager1")
				.containsEntry("kind", "visitplan.approved"));
		assertThat(notified(rejected, 1)).singleElement()
			.satisfies(r -> assertThat(r).containsEntry("username", "manager1")
				.containsEntry("kind", "visitplan.rejected")
				.hasEntrySatisfying("args", args -> assertThat((String) args).endsWith("|2031-05|请补上陈列检查")));
	}

	@Test
	void monthEndResultsGoToTheMarketManagerWhenSubmittedAndToTheManagerWhenDecided() {
		long plan = PLAN.incrementAndGet();
		publish(new VisitResultsDecided(plan, id("manager2"), month, ResultsStatus.SUBMITTED, id("manager2"), null,
				at));
		publish(new VisitResultsDecided(plan, id("manager2"), month, ResultsStatus.REJECTED, id("supervisor1"), "原因不清",
				at.plusSeconds(60)));
		publish(new VisitResultsDecided(plan, id("manager2"), month, ResultsStatus.APPROVED, id("supervisor1"), null,
				at.plusSeconds(120)));

		assertThat(notified(plan, 3)).extracting(r -> r.get("username") + " " + r.get("kind"))
			.containsExactly("supervisor1 visitplan.results.submitted", "manager2 visitplan.results.rejected",
					"manager2 visitplan.results.approved");
	}

	@Test
	void theSameEventDeliveredAgainNotifiesOnce() {
		long plan = PLAN.incrementAndGet();
		VisitPlanApproved event = new VisitPlanApproved(plan, id("manager1"), month, id("supervisor1"), at);
		publish(event);
		assertThat(notified(plan, 1)).hasSize(1);
		await().atMost(Duration.ofSeconds(20)).until(() -> incompletePublications(plan) == 0);
		// as the registry delivers it again when an instance stopped after writing the
		// notification but before recording the publication completed
		publish(event);
		await().atMost(Duration.ofSeconds(20)).until(() -> incompletePublications(plan) == 0);
		assertThat(notified(plan)).hasSize(1);
	}

	@Test
	void aNotificationThatCouldNotBeWrittenIsKeptInTheRegistryAndWrittenWhenResubmitted() {
		long plan = PLAN.incrementAndGet();
		String link = "/visit-plans/" + plan;
		// the database refuses this one notification, as a failure of the moment would
		jdbc.execute("create function refuse_notification() returns trigger language plpgsql as $$ begin"
				+ " if new.link = '" + link + "' then raise exception 'refused for the test'; end if;"
				+ " return new; end $$");
		jdbc.execute("create trigger refuse_notification before insert on notification for each row"
				+ " execute function refuse_notification()");
		try {
			publish(new VisitPlanApproved(plan, id("manager1"), month, id("supervisor1"), at));
			await().atMost(Duration.ofSeconds(20)).until(() -> failedPublications(plan) == 1);
		}
		finally {
			jdbc.execute("drop trigger refuse_notification on notification");
			jdbc.execute("drop function refuse_notification()");
		}
		assertThat(notified(plan)).isEmpty();
		assertThat(incompletePublications(plan)).as("the event waits in the registry").isEqualTo(1);

		// what a restart does
		// (spring.modulith.events.republish-outstanding-events-on-restart)
		incomplete.resubmitIncompletePublications(publication -> true);

		assertThat(notified(plan, 1)).extracting(r -> r.get("username")).containsExactly("manager1");
		await().atMost(Duration.ofSeconds(20)).until(() -> incompletePublications(plan) == 0);
	}

	private long failedPublications(long plan) {
		Long count = jdbc.queryForObject(
				"select count(*) from event_publication where completion_date is null and status = 'FAILED'"
						+ " and event_type like '%VisitPlanApproved' and serialized_event like ?",
				Long.class, "%\"planId\":" + plan + ",%");
		return (count != null) ? count : 0;
	}

	private long incompletePublications(long plan) {
		Long count = jdbc.queryForObject(
				"select count(*) from event_publication where completion_date is null"
						+ " and event_type like '%VisitPlanApproved' and serialized_event like ?",
				Long.class, "%\"planId\":" + plan + ",%");
		return (count != null) ? count : 0;
	}

}
