package com.huike.crm.system;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.huike.crm.WebIntegrationTest;
import com.huike.crm.care.CareTaskService;
import com.huike.crm.care.CareTaskView;
import com.huike.crm.care.domain.CareTaskKind;
import com.huike.crm.care.web.CareWebFixtures;
import com.huike.crm.customer.CustomerAssignmentService;
import com.huike.crm.customer.CustomerDirectory;
import com.huike.crm.demand.DemandService;
import com.huike.crm.demand.DemandView;
import com.huike.crm.demand.NewDemand;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.Viewer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The effects that cross features go through published events, on the whole application
 * with its event publication registry: a demand arrived → a care task (after the arrival
 * commits, durably: kept until done, run again when it failed); a customer handed to
 * another manager → its open care tasks and demand registrations follow it.
 */
class CrossFeatureEventsTests extends WebIntegrationTest {

	@Autowired
	CustomerDirectory directory;

	@Autowired
	CustomerAssignmentService assignments;

	@Autowired
	IdentityService identity;

	@Autowired
	CareTaskService careTasks;

	@Autowired
	DemandService demands;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	CareWebFixtures fixtures;

	@Test
	void anArrivalPutsTheTaskOnTheAgendaAndLeavesNoPublicationBehind() {
		Viewer manager = fixtures.viewer("manager1");
		CareWebFixtures.Customer customer = fixtures.customer("manager1");
		String product = CareWebFixtures.unique("事件商品");
		Long registration = register(manager, customer, product);

		assertThat(demands.markArrived(product, manager)).isEqualTo(1);

		assertThat(careTasks.openTaskId(CareTaskKind.DEMAND_ARRIVED, registration)).isPresent();
		assertThat(incompletePublications(registration)).isZero();
	}

	@Test
	void anArrivalWhoseTaskCouldNotBeCreatedIsKeptAndRunAgain() {
		Viewer manager = fixtures.viewer("manager1");
		CareWebFixtures.Customer customer = fixtures.customer("manager1");
		String product = CareWebFixtures.unique("拒收商品");
		Long registration = register(manager, customer, product);
		// the database refuses this one task, as a failure of the moment would
		jdbc.execute("create function refuse_care_task() returns trigger language plpgsql as $$ begin"
				+ " if new.detail like '" + product + "%' then raise exception 'refused for the test'; end if;"
				+ " return new; end $$");
		jdbc.execute("create trigger refuse_care_task before insert on care_task for each row"
				+ " execute function refuse_care_task()");
		try {
			demands.markArrived(product, manager);
		}
		finally {
			jdbc.execute("drop trigger refuse_care_task on care_task");
			jdbc.execute("drop function refuse_care_task()");
		}
		assertThat(demands.get(registration, manager).status().name()).as("the arrival itself stands")
			.isEqualTo("ARRIVED");
		assertThat(careTasks.openTaskId(CareTaskKind.DEMAND_ARRIVED, registration)).isEmpty();
		assertThat(incompletePublications(registration)).as("the arrival waits in the registry").isEqualTo(1);

		incomplete.resubmitIncompletePublications(publication -> true);

		assertThat(careTasks.openTaskId(CareTaskKind.DEMAND_ARRIVED, registration)).isPresent();
		assertThat(incompletePublications(registration)).isZero();
	}

	@Test
	void openTasksAndRegistrationsFollowTheirCustomerToTheNewManager() {
		Viewer manager1 = fixtures.viewer("manager1");
		Viewer manager2 = fixtures.viewer("manager2");
		Viewer supervisor = fixtures.viewer("supervisor1");
		CareWebFixtures.Customer customer = fixtures.customer("manager1");
		Long task = fixtures.task(customer, "manager1", CareTaskKind.BIRTHDAY, 2);
		Long registration = register(manager1, customer, CareWebFixtures.unique("转交商品"));

		assignments.reassign(customer.id(), manager2.userId(), supervisor);

		assertThat(directory.card(customer.id(), manager2).ownerId()).isEqualTo(manager2.userId());
		assertThat(ids(careTasks.open(manager2, 7, 100).upcoming())).contains(task);
		assertThat(ids(careTasks.open(manager1, 7, 100).upcoming())).doesNotContain(task);
		assertThat(careTasks.get(task, manager2).canAct()).isTrue();
		DemandView moved = demands.get(registration, manager2);
		assertThat(moved.ownerId()).isEqualTo(manager2.userId());
		assertThat(moved.canAct()).isTrue();
		assertThat(demands.list(manager1, true)).extracting(DemandView::id).doesNotContain(registration);
	}

	private Long register(Viewer manager, CareWebFixtures.Customer customer, String product) {
		return demands.register(new NewDemand(customer.id(), null, product, 2,
				LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))), null), manager);
	}

	/** Publications of the registration's arrival not yet handled. */
	private long incompletePublications(Long registration) {
		Long count = jdbc.queryForObject(
				"select count(*) from event_publication where completion_date is null"
						+ " and event_type like '%DemandArrived' and serialized_event like ?",
				Long.class, "%\"registrationId\":" + registration + ",%");
		return (count != null) ? count : 0;
	}

	private static List<Long> ids(List<CareTaskView> tasks) {
		return tasks.stream().map(CareTaskView::id).toList();
	}

}
