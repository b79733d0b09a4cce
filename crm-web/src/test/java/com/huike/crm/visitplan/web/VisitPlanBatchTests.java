package com.huike.crm.visitplan.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import com.huike.crm.WebIntegrationTest;
import com.huike.crm.care.web.CareWebFixtures;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.Viewer;
import com.huike.crm.visitplan.VisitPlanService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drafting every manager's plan at once (the run on the 1st, "for everyone") writes in
 * bulk, but gives exactly the drafts of generating one manager's plan: the same customers
 * on the same days in the same order, last month's unfinished actions carried over once,
 * and a second run changes nothing.
 */
class VisitPlanBatchTests extends WebIntegrationTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityService identity;

	@Autowired
	VisitPlanService plans;

	@Autowired
	CareWebFixtures fixtures;

	/** The actions of a manager's plan as (customer, day, origin, position, kind). */
	List<String> actionsOf(Long managerId, YearMonth month) {
		return jdbc.queryForList("""
				select a.customer_id || ' ' || a.day || ' ' || a.origin || ' ' || a.position || ' ' || a.action_type_id
				  from visit_action a join visit_plan p on p.id = a.plan_id
				 where p.manager_id = ? and p.month = ?
				 order by a.day, a.position, a.customer_id""", String.class, managerId, month.atDay(1));
	}

	int plansOf(YearMonth month) {
		return jdbc.queryForObject("select count(*) from visit_plan where month = ?", Integer.class, month.atDay(1));
	}

	@Test
	void draftingEveryoneAtOnceGivesTheDraftsOfOneManagerCarriesOverOnceAndNeverDuplicates() {
		YearMonth month = YearMonth.from(fixtures.today()).plusMonths(30);
		YearMonth next = month.plusMonths(1);
		Long manager1 = identity.userIdOf("manager1").orElseThrow();
		Viewer admin = identity.viewer("admin").orElseThrow();
		int managers = identity.enabledManagerIds().size();

		assertThat(plans.generateMissing(month)).isEqualTo(managers);
		assertThat(plansOf(month)).isEqualTo(managers);
		List<String> batch = actionsOf(manager1, month);
		assertThat(batch).isNotEmpty().allMatch(a -> a.contains(" GENERATED "));
		int max = plans.maxPerDay();
		assertThat(jdbc.queryForList("""
				select count(*) from visit_action a join visit_plan p on p.id = a.plan_id
				 where p.month = ? group by p.id, a.day""", Integer.class, month.atDay(1))).allMatch(n -> n <= max);

		assertThat(plans.generateMissing(month)).as("a second run").isZero();
		assertThat(plansOf(month)).isEqualTo(managers);
		assertThat(actionsOf(manager1, month)).isEqualTo(batch);

		// regenerating one manager's draft the ordinary way gives the same draft
		plans.generate(manager1, month, admin);
		assertThat(actionsOf(manager1, month)).isEqualTo(batch);

		// next month: every unfinished action of this month carried over, once
		assertThat(plans.generateMissing(next)).isEqualTo(managers);
		List<String> carried = actionsOf(manager1, next).stream().filter(a -> a.contains(" CARRIED ")).toList();
		assertThat(carried).hasSize(batch.size());
		List<String> drafted = actionsOf(manager1, next);
		plans.generate(manager1, next, admin);
		assertThat(actionsOf(manager1, next)).as("regenerated the ordinary way").isEqualTo(drafted);
		assertThat(jdbc.queryForObject("""
				select count(*) from visit_action a join visit_plan p on p.id = a.plan_id
				 where p.month = ? and a.origin = 'CARRIED' and a.carried_from_id is not null""", Integer.class,
				next.atDay(1)))
			.isEqualTo(jdbc.queryForObject("""
					select count(*) from visit_action a join visit_plan p on p.id = a.plan_id
					 where p.month = ? and a.done_at is null""", Integer.class, month.atDay(1)));
		assertThat(LocalDate.parse(carried.get(0).split(" ")[1])).isAfterOrEqualTo(next.atDay(1));
	}

}
