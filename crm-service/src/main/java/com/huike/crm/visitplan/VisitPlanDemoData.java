package com.huike.crm.visitplan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.huike.crm.customer.CustomerCard;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.followup.GradeDecision;
import com.huike.crm.followup.GradeProposal;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.demo.DemoContribution;
import com.huike.crm.visitplan.domain.VisitAction;
import com.huike.crm.visitplan.domain.VisitActionType;
import com.huike.crm.visitplan.domain.VisitActionTypeRepository;
import com.huike.crm.visitplan.domain.VisitPlan;
import com.huike.crm.visitplan.domain.VisitPlanRepository;

import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's living month of visit plans: last month's plans approved, their visits
 * mostly done and the results approved, a few left unfinished (with a reason) and carried
 * into this month; this month {@code manager1}'s plan approved and half done (with
 * temporary tasks, one done), {@code manager2}'s submitted and waiting for
 * {@code supervisor1}, {@code manager3}'s rejected by {@code supervisor2} with a reason.
 * <p>
 * The visits are marked done the way a manager marks them
 * ({@link VisitPlanService#markDone}): each one logs its follow-up (拜访) in the follow-up
 * feature, after the follow-up demo's history (order 10), so that every done visit has
 * its one entry on the customer's timeline. The transitions here publish no events: their
 * listeners run asynchronously, after this part, and the demo must not depend on when;
 * the notifications' demo (order 60) writes from the plans' recorded transitions what
 * those listeners would have written.
 */
@Component
@Profile("demo")
@Order(50)
class VisitPlanDemoData implements DemoContribution {

	private final VisitPlanService service;

	private final VisitPlanRepository plans;

	private final VisitActionTypeRepository actionTypes;

	private final IdentityService identity;

	private final JdbcTemplate jdbc;

	private final ZoneId zone;

	VisitPlanDemoData(VisitPlanService service, VisitPlanRepository plans, VisitActionTypeRepository actionTypes,
			IdentityService identity, JdbcTemplate jdbc, Clock clock) {
		this.service = service;
		this.plans = plans;
		this.actionTypes = actionTypes;
		this.identity = identity;
		this.jdbc = jdbc;
		this.zone = clock.getZone();
	}

	@Override
	@Transactional
	public Optional<String> contribute(LocalDate today) {
		if (Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from visit_plan)", Boolean.class))) {
			return Optional.empty();
		}
		Optional<Long> supervisor1 = identity.userIdOf("supervisor1");
		Optional<Long> supervisor2 = identity.userIdOf("supervisor2");
		if (supervisor1.isEmpty() || supervisor2.isEmpty()) {
			return Optional.empty();
		}
		Map<String, Long> supervisors = Map.of("manager1", supervisor1.get(), "manager2", supervisor1.get(), "manager3",
				supervisor2.get());
		YearMonth month = YearMonth.from(today);
		YearMonth last = month.minusMonths(1);
		List<VisitActionType> types = actionTypes.findAllByOrderByPositionAscIdAsc();
		int count = 0;
		for (String username : MANAGERS) {
			Optional<Long> manager = identity.userIdOf(username);
			if (manager.isEmpty()) {
				continue;
			}
			Long managerId = manager.get();
			Long supervisorId = supervisors.get(username);
			Viewer viewer = identity.viewer(username).orElseThrow();
			// last month: approved, mostly done, three left open (carried over), results
			// approved
			VisitPlan previous = service.generateFor(managerId, last);
			vary(previous, types, at(last.atDay(1)));
			previous.submit(managerId, at(last.atDay(1)).plusSeconds(3600 * 9));
			previous.approve(supervisorId, at(last.atDay(2)).plusSeconds(3600 * 10));
			Map<Long, String> reasons = new HashMap<>();
			List<VisitAction> actions = List.copyOf(previous.getActions());
			for (int i = 0; i < actions.size(); i++) {
				VisitAction a = actions.get(i);
				if (i % 9 == 4 && reasons.size() < 3) {
					reasons.put(a.getId(), "客户外出，未能拜访");
				}
				else {
					markDone(previous, a, viewer, i);
				}
			}
			previous.submitResults(managerId, at(last.atEndOfMonth()).plusSeconds(3600 * 17), reasons);
			previous.approveResults(supervisorId, at(last.atEndOfMonth()).plusSeconds(3600 * 18));
			plans.flush();
			// this month
			VisitPlan plan = service.generateFor(managerId, month);
			vary(plan, types, at(month.atDay(1)));
			Instant submitted = at(month.atDay(1)).plusSeconds(3600 * 9);
			switch (username) {
				case "manager1" -> {
					plan.submit(managerId, submitted);
					plan.approve(supervisorId, submitted.plusSeconds(3600));
					List<VisitAction> due = plan.getActions().stream().filter(a -> a.getDay().isBefore(today)).toList();
					for (int i = 0; i < due.size(); i++) {
						if (i % 2 == 0 || i < due.size() / 2) {
							markDone(plan, due.get(i), viewer, i);
						}
					}
					List<VisitAction> any = plan.getActions();
					if (!any.isEmpty()) {
						Long type = types.get(Math.min(4, types.size() - 1)).getId();
						VisitAction done = plan.addTemporary(any.get(0).getCustomerId(), today, type, "新品到货，临时走访",
								submitted.plusSeconds(7200));
						markDone(plan, done, viewer, "已送达新品资料", null);
						plan.addTemporary(any.get(any.size() - 1).getCustomerId(), today, type, "客户来电要求上门",
								submitted.plusSeconds(7400));
					}
				}
				case "manager2" -> plan.submit(managerId, submitted);
				default -> {
					plan.submit(managerId, submitted);
					plan.reject(supervisorId, submitted.plusSeconds(3600 * 2), "A 类客户的拜访集中在月初，请把它们均匀排到每周，并补上陈列检查。");
				}
			}
			plans.flush();
			count += 2;
		}
		return (count == 0) ? Optional.empty() : Optional.of(count + " visit plans");
	}

	/**
	 * 点选拜访情况 as the manager does it: the follow-up (拜访) is logged with the grade kept,
	 * and the visit marked done with it.
	 */
	private void markDone(VisitPlan plan, VisitAction action, Viewer viewer, int i) {
		markDone(plan, action, viewer, VISITS[i % VISITS.length], OUTCOMES[i % OUTCOMES.length]);
	}

	private void markDone(VisitPlan plan, VisitAction action, Viewer viewer, String content, String outcome) {
		plans.flush();
		CustomerCard card = service.customerOf(plan.getId(), action.getId(), viewer);
		// the grade stays; where the customer's views propose another one, keeping it
		// needs a reason, as on the form
		Grade proposed = new GradeDecision(card.dealStatus(), card.importance(), card.urgency(), card.need(),
				card.grade(), null)
			.proposal()
			.map(GradeProposal::grade)
			.orElse(card.grade());
		service.markDone(plan.getId(), plan.getVersion(), action.getId(),
				new MarkDone(content, outcome, card.grade(), (proposed == card.grade()) ? null : "拜访后维持原等级"), viewer);
	}

	private static final String[] VISITS = { "按计划上门拜访，查看陈列和库存", "拜访店主，了解近期销量", "上门拜访，宣传新品和政策", "拜访并核对订货计划",
			"走访门店，检查价格标签" };

	private static final String[] OUTCOMES = { "经营正常", "客户有订货意向", "陈列已调整", null };

	/** Some drafted visits become other kinds of action, as a manager would edit them. */
	private static void vary(VisitPlan plan, List<VisitActionType> types, Instant at) {
		List<VisitAction> actions = plan.getActions();
		for (int i = 0; i < actions.size(); i++) {
			if (i % 4 == 1 && types.size() > 1) {
				VisitActionType type = types.get(1 + (i / 4) % (types.size() - 1));
				plan.change(actions.get(i).getId(), type.getId(), null, at);
			}
		}
	}

	private Instant at(LocalDate day) {
		return day.atStartOfDay(zone).toInstant();
	}

}
