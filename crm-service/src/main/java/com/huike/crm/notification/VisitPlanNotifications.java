package com.huike.crm.notification;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import com.huike.crm.identity.IdentityService;
import com.huike.crm.visitplan.VisitPlanApproved;
import com.huike.crm.visitplan.VisitPlanRejected;
import com.huike.crm.visitplan.VisitPlanSubmitted;
import com.huike.crm.visitplan.VisitResultsDecided;
import com.huike.crm.visitplan.domain.ResultsStatus;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The visit plans' cycle as notifications: a plan (or its month-end results) submitted →
 * the market manager(s) of the manager's team, never the submitter; approved or rejected
 * (with the reason) → the manager.
 * <p>
 * Each listener is a Spring Modulith application module listener: it runs after the
 * publishing transaction committed, asynchronously (the user's request does not wait for
 * it), in a transaction of its own, and its publication is kept in the event publication
 * registry ({@code event_publication}) until it completed: a notification that could not
 * be written (the database away, the instance stopped) is written when the publication is
 * resubmitted, at the next start
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}). Writing one
 * twice is harmless ({@link NotificationService#notify} is idempotent).
 */
@Component
class VisitPlanNotifications {

	static final String SUBMITTED = "visitplan.submitted";

	static final String APPROVED = "visitplan.approved";

	static final String REJECTED = "visitplan.rejected";

	static final String RESULTS_SUBMITTED = "visitplan.results.submitted";

	static final String RESULTS_APPROVED = "visitplan.results.approved";

	static final String RESULTS_REJECTED = "visitplan.results.rejected";

	private final NotificationService notifications;

	private final IdentityService identity;

	VisitPlanNotifications(NotificationService notifications, IdentityService identity) {
		this.notifications = notifications;
		this.identity = identity;
	}

	@ApplicationModuleListener
	void on(VisitPlanSubmitted event) {
		submitted(SUBMITTED, event.planId(), event.managerId(), name(event.managerId()), event.month(), event.at());
	}

	@ApplicationModuleListener
	void on(VisitPlanApproved event) {
		decided(APPROVED, event.planId(), event.managerId(), name(event.approvedBy()), event.month(), null, event.at());
	}

	@ApplicationModuleListener
	void on(VisitPlanRejected event) {
		decided(REJECTED, event.planId(), event.managerId(), name(event.rejectedBy()), event.month(), event.reason(),
				event.at());
	}

	/**
	 * Month-end results: submitted → the market manager(s), like the plan; approved or
	 * rejected → the manager.
	 */
	@ApplicationModuleListener
	void on(VisitResultsDecided event) {
		if (event.status() == ResultsStatus.SUBMITTED) {
			submitted(RESULTS_SUBMITTED, event.planId(), event.managerId(), name(event.managerId()), event.month(),
					event.at());
		}
		else if (event.status() == ResultsStatus.APPROVED) {
			decided(RESULTS_APPROVED, event.planId(), event.managerId(), name(event.by()), event.month(), null,
					event.at());
		}
		else if (event.status() == ResultsStatus.REJECTED) {
			decided(RESULTS_REJECTED, event.planId(), event.managerId(), name(event.by()), event.month(),
					event.reason(), event.at());
		}
	}

	/** A plan or its results submitted: to the market manager(s) of the team. */
	void submitted(String kind, Long planId, Long managerId, String managerName, YearMonth month, Instant at) {
		List<String> arguments = List.of(text(managerName), month.toString());
		for (Long supervisor : identity.supervisorsOf(managerId)) {
			notifications.notify(supervisor, kind, key(kind), arguments, link(planId), at);
		}
	}

	/** A plan or its results approved or rejected (with the reason): to the manager. */
	void decided(String kind, Long planId, Long managerId, String byName, YearMonth month, String reason, Instant at) {
		List<String> arguments = (reason != null) ? List.of(text(byName), month.toString(), reason)
				: List.of(text(byName), month.toString());
		notifications.notify(managerId, kind, key(kind), arguments, link(planId), at);
	}

	private String name(Long userId) {
		return (userId != null) ? identity.displayNames(Set.of(userId)).get(userId) : null;
	}

	private static String key(String kind) {
		return "notification." + kind;
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

	static String link(Long planId) {
		return "/visit-plans/" + planId;
	}

}
