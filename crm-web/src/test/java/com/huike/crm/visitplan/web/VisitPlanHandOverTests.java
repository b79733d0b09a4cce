package com.huike.crm.visitplan.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.huike.crm.WebIntegrationTest;
import com.huike.crm.care.web.CareWebFixtures;
import com.huike.crm.customer.CustomerAssignmentService;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.Viewer;
import com.huike.crm.identity.domain.Role;
import com.huike.crm.visitplan.MarkDone;
import com.huike.crm.visitplan.VisitPlanService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customer handed to another manager takes its open actions of this month and the
 * months ahead from the previous manager's plans into the new manager's, as the plans'
 * states allow; and the demo's done visits each have their follow-up. Each test makes its
 * own team (a market manager, two managers, their customers), so that the demo's plans
 * stay as they are.
 */
class VisitPlanHandOverTests extends WebIntegrationTest {

	@Autowired
	VisitPlanService plans;

	@Autowired
	CustomerAssignmentService assignments;

	@Autowired
	IdentityService identity;

	@Autowired
	CareWebFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	private record Team(Viewer supervisor, Viewer from, Viewer to) {
	}

	private Team team() {
		String supervisor = CareWebFixtures.unique("zjsup");
		Long supervisorId = identity.createUser(supervisor, "longenough1", "转交主管", Set.of(Role.SUPERVISOR), null, null);
		Long team = identity.createTeam(CareWebFixtures.unique("转交组"), supervisorId);
		String from = CareWebFixtures.unique("zjfrom");
		String to = CareWebFixtures.unique("zjto");
		identity.createUser(from, "longenough1", "原经理", Set.of(Role.MANAGER), team, null);
		identity.createUser(to, "longenough1", "新经理", Set.of(Role.MANAGER), team, null);
		return new Team(fixtures.viewer(supervisor), fixtures.viewer(from), fixtures.viewer(to));
	}

	private long version(Long plan) {
		return jdbc.queryForObject("select version from visit_plan where id = ?", Long.class, plan);
	}

	private Long type() {
		return plans.actionTypes(true).get(0).id();
	}

	/** The actions of a customer in a plan: origin, day, done. */
	private List<Map<String, Object>> actionsOf(Long plan, Long customer) {
		return jdbc.queryForList("select origin, day, done_at is not null as done, note from visit_action"
				+ " where plan_id = ? and customer_id = ? order by day, id", plan, customer);
	}

	private Long addAction(Long plan, CareWebFixtures.Customer customer, LocalDate day, String note, Viewer viewer) {
		return plans.addAction(plan, version(plan), customer.code(), day, type(), note, viewer);
	}

	private void approve(Long plan, Team team) {
		plans.submit(plan, version(plan), team.from().userId().equals(managerOf(plan)) ? team.from() : team.to());
		plans.approve(plan, version(plan), team.supervisor());
	}

	private Long managerOf(Long plan) {
		return jdbc.queryForObject("select manager_id from visit_plan where id = ?", Long.class, plan);
	}

	@Test
	void fromAnApprovedPlanTheOpenActionsMoveAsTemporaryTasksAndTheDoneVisitStays() {
		Team team = team();
		CareWebFixtures.Customer moving = fixtures.customer(team.from().username());
		CareWebFixtures.Customer staying = fixtures.customer(team.from().username());
		fixtures.customer(team.to().username());
		YearMonth month = YearMonth.from(fixtures.today());
		LocalDate today = fixtures.today();
		Long from = plans.generate(team.from().userId(), month, team.from());
		Long to = plans.generate(team.to().userId(), month, team.to());
		addAction(from, moving, today, "带样品", team.from());
		approve(from, team);
		approve(to, team);
		Long visited = addAction(from, moving, today, "临时走访", team.from());
		plans.markDone(from, version(from), visited, new MarkDone("已走访", null, Grade.B, "维持"), team.from());
		int stayingBefore = actionsOf(from, staying.id()).size();
		long toVersion = version(to);

		assignments.reassign(moving.id(), team.to().userId(), team.supervisor());

		assertThat(actionsOf(from, moving.id())).as("only the done visit stays with the previous manager")
			.singleElement()
			.satisfies(a -> assertThat(a).containsEntry("done", true).containsEntry("note", "临时走访"));
		assertThat(actionsOf(from, staying.id())).hasSize(stayingBefore);
		List<Map<String, Object>> moved = actionsOf(to, moving.id());
		assertThat(moved).isNotEmpty()
			.allSatisfy(a -> assertThat(a).containsEntry("origin", "TEMPORARY").containsEntry("done", false));
		assertThat(moved).extracting(a -> a.get("note")).contains("带样品");
		assertThat(version(to)).as("an open page of the new manager's plan is stale").isGreaterThan(toVersion);
		assertThat(plans.plan(to, team.to()).actions()).filteredOn(a -> a.customerId().equals(moving.id()))
			.extracting(a -> a.mark())
			.containsOnly("●");
	}

	@Test
	void fromADraftTheOpenActionsMoveIntoThePlanWaitingForApprovalOfTheNewManager() {
		Team team = team();
		CareWebFixtures.Customer moving = fixtures.customer(team.from().username());
		fixtures.customer(team.to().username());
		YearMonth month = YearMonth.from(fixtures.today()).plusMonths(50);
		Long from = plans.generate(team.from().userId(), month, team.from());
		Long to = plans.generate(team.to().userId(), month, team.to());
		addAction(from, moving, month.atDay(10), "月中拜访", team.from());
		plans.submit(to, version(to), team.to());
		Long later = plans.generate(team.from().userId(), month.plusMonths(1), team.from());
		addAction(later, moving, month.plusMonths(1).atDay(3), null, team.from());
		int beforeFrom = actionsOf(from, moving.id()).size();

		assignments.reassign(moving.id(), team.to().userId(), team.supervisor());

		assertThat(beforeFrom).isGreaterThanOrEqualTo(1);
		assertThat(actionsOf(from, moving.id())).isEmpty();
		assertThat(actionsOf(later, moving.id())).as("a month without a plan of the new manager").isEmpty();
		List<Map<String, Object>> moved = actionsOf(to, moving.id());
		assertThat(moved).hasSize(beforeFrom).allSatisfy(a -> assertThat(a).containsEntry("origin", "MANUAL"));
		assertThat(moved).extracting(a -> a.get("note")).contains("月中拜访");
		assertThat(jdbc.queryForObject("select status from visit_plan where id = ?", String.class, to))
			.isEqualTo("SUBMITTED");
	}

	@Test
	void aMonthWhoseResultsAreSubmittedKeepsItsActions() {
		Team team = team();
		CareWebFixtures.Customer moving = fixtures.customer(team.from().username());
		YearMonth month = YearMonth.from(fixtures.today());
		Long from = plans.generate(team.from().userId(), month, team.from());
		addAction(from, moving, fixtures.today(), null, team.from());
		approve(from, team);
		Map<Long, String> reasons = new java.util.HashMap<>();
		jdbc.queryForList("select id from visit_action where plan_id = ?", Long.class, from)
			.forEach(id -> reasons.put(id, "客户外出"));
		plans.submitResults(from, version(from), reasons, team.from());
		List<Map<String, Object>> before = actionsOf(from, moving.id());

		assignments.reassign(moving.id(), team.to().userId(), team.supervisor());

		assertThat(actionsOf(from, moving.id())).isEqualTo(before).isNotEmpty();
	}

	@Test
	void aHandedOverCustomersUnfinishedActionIsNotCarriedIntoThePreviousManagersNextMonth() {
		Team team = team();
		CareWebFixtures.Customer moving = fixtures.customer(team.from().username());
		fixtures.customer(team.from().username());
		YearMonth month = YearMonth.from(fixtures.today()).plusMonths(52);
		Long first = plans.generate(team.from().userId(), month, team.from());
		addAction(first, moving, month.atDay(8), null, team.from());
		// the plan of a month gone by is never touched by a hand-over; its open
		// actions are carried when the next month is drafted
		jdbc.update("update visit_plan set month = ? where id = ?", month.minusMonths(60).atDay(1), first);
		jdbc.update("update visit_action set day = day - interval '60 months' where plan_id = ?", first);
		assignments.reassign(moving.id(), team.to().userId(), team.supervisor());

		Long next = plans.generate(team.from().userId(), month.minusMonths(59), team.from());

		assertThat(actionsOf(next, moving.id())).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from visit_action where plan_id = ? and origin = 'CARRIED'",
				Integer.class, next))
			.as("the other customers' unfinished actions are carried")
			.isPositive();
	}

	@Test
	void everyDoneVisitOfTheDemoHasItsOneFollowUp() {
		List<Map<String, Object>> done = jdbc.queryForList("""
				select a.id, a.follow_up_id, f.channel, f.customer_id = a.customer_id as same_customer
				  from visit_action a join visit_plan p on p.id = a.plan_id join app_user u on u.id = p.manager_id
				  left join follow_up f on f.id = a.follow_up_id
				 where a.done_at is not null and u.username in ('manager1', 'manager2', 'manager3')""");
		assertThat(done).hasSizeGreaterThan(10)
			.allSatisfy(a -> assertThat(a).containsEntry("channel", "VISIT").containsEntry("same_customer", true));
		assertThat(done.stream().map(a -> a.get("follow_up_id")).distinct()).hasSameSizeAs(done);
		YearMonth month = YearMonth.from(fixtures.today());
		assertThat(jdbc.queryForObject("""
				select count(*) from visit_action a join visit_plan p on p.id = a.plan_id
				  join app_user u on u.id = p.manager_id
				 where a.done_at is not null and u.username = 'manager1' and p.month = ?""", Integer.class,
				month.atDay(1)))
			.as("manager1's month is half done")
			.isPositive();
	}

}
