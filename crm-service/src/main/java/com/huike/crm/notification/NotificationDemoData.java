package com.huike.crm.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.demo.DemoContribution;
import com.huike.crm.visitplan.VisitPlanService;
import com.huike.crm.visitplan.VisitPlanSummary;
import com.huike.crm.visitplan.VisitPlanView;
import com.huike.crm.visitplan.domain.Transition;

import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's notifications: what the visit plans' listeners would have written for the
 * demo's plans (order 50), from each plan's recorded transitions, at the moment of each,
 * through the same mapping ({@link VisitPlanNotifications}) — written here, in order,
 * rather than by the asynchronous listeners, so that the demo is the same on every start.
 * Then what their recipients have read by today, as they would have: everything of last
 * month, and a plan's "submitted" once the market manager decided on it. What stays
 * unread: {@code supervisor1}'s for {@code manager2}'s plan waiting, {@code manager3}'s
 * rejection with its reason, {@code manager1}'s approval.
 */
@Component
@Profile("demo")
@Order(60)
class NotificationDemoData implements DemoContribution {

	private final VisitPlanService visitPlans;

	private final VisitPlanNotifications mapping;

	private final IdentityService identity;

	private final JdbcTemplate jdbc;

	private final ZoneId zone;

	NotificationDemoData(VisitPlanService visitPlans, VisitPlanNotifications mapping, IdentityService identity,
			JdbcTemplate jdbc, Clock clock) {
		this.visitPlans = visitPlans;
		this.mapping = mapping;
		this.identity = identity;
		this.jdbc = jdbc;
		this.zone = clock.getZone();
	}

	@Override
	@Transactional
	public Optional<String> contribute(LocalDate today) {
		if (Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from notification)", Boolean.class))) {
			return Optional.empty();
		}
		for (String username : MANAGERS) {
			Optional<Viewer> manager = identity.viewer(username);
			if (manager.isEmpty()) {
				continue;
			}
			for (VisitPlanSummary summary : visitPlans.plansOf(manager.get().userId(), manager.get())) {
				VisitPlanView plan = visitPlans.plan(summary.id(), manager.get());
				plan.transitions().forEach(t -> write(plan, t));
			}
		}
		int written = jdbc.queryForObject("select count(*) from notification", Integer.class);
		if (written == 0) {
			return Optional.empty();
		}
		jdbc.update(
				"update notification set read_at = created_at + interval '1 hour', version = version + 1"
						+ " where read_at is null and created_at < ?",
				Timestamp.from(today.withDayOfMonth(1).atStartOfDay(zone).toInstant()));
		jdbc.update(
				"update notification n set read_at = d.created_at, version = n.version + 1"
						+ " from notification d where n.read_at is null and n.kind = ? and d.link = n.link"
						+ " and d.kind in (?, ?) and d.created_at >= n.created_at",
				VisitPlanNotifications.SUBMITTED, VisitPlanNotifications.APPROVED, VisitPlanNotifications.REJECTED);
		return Optional.of(written + " notifications");
	}

	private void write(VisitPlanView plan, VisitPlanView.TransitionEntry t) {
		boolean results = t.subject() == Transition.RESULTS;
		switch (t.to()) {
			case "SUBMITTED" ->
				mapping.submitted(results ? VisitPlanNotifications.RESULTS_SUBMITTED : VisitPlanNotifications.SUBMITTED,
						plan.id(), plan.managerId(), plan.managerName(), plan.month(), t.at());
			case "APPROVED" ->
				mapping.decided(results ? VisitPlanNotifications.RESULTS_APPROVED : VisitPlanNotifications.APPROVED,
						plan.id(), plan.managerId(), t.byName(), plan.month(), null, t.at());
			case "REJECTED" ->
				mapping.decided(results ? VisitPlanNotifications.RESULTS_REJECTED : VisitPlanNotifications.REJECTED,
						plan.id(), plan.managerId(), t.byName(), plan.month(), t.reason(), t.at());
			default -> {
			}
		}
	}

}
