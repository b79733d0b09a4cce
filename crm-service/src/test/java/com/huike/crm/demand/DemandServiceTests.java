package com.huike.crm.demand;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.huike.crm.care.CareFixtures;
import com.huike.crm.care.CareTaskService;
import com.huike.crm.care.CareTaskView;
import com.huike.crm.care.domain.CareChannel;
import com.huike.crm.care.domain.CareTaskKind;
import com.huike.crm.care.domain.CareTaskStatus;
import com.huike.crm.customer.CustomerNotFoundException;
import com.huike.crm.customer.domain.Customer;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.demand.ToldChannel;
import com.huike.crm.demand.domain.DemandNotOpenException;
import com.huike.crm.demand.domain.DemandStatus;
import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.NotAllowedException;
import com.huike.crm.shared.RuleViolationException;
import com.huike.crm.testsupport.CareServiceTest;
import com.huike.crm.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Not in a rolled-back transaction: an arrival's 告知到货 task is created after the arrival
 * commits (a durable event, see {@code CareTaskService.onDemandArrived}). The fixtures'
 * names are unique, so committed rows never collide.
 */
@CareServiceTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class DemandServiceTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry);
	}

	@Autowired
	DemandService demands;

	@Autowired
	CareTaskService careTasks;

	@Autowired
	CareFixtures fixtures;

	@Autowired
	Clock clock;

	@Test
	void registrationsOfOneProductAreGroupedWhateverTheSpellingOfItsName() {
		Viewer manager = fixtures.manager();
		String product = CareFixtures.unique("中华软盒");
		register(manager, fixtures.customer(manager, Grade.A), " " + product + " ", 5);
		register(manager, fixtures.customer(manager, Grade.B), product.toUpperCase(), 2);

		List<ProductDemand> open = demands.openByProduct(manager);

		assertThat(open).hasSize(1);
		assertThat(open.get(0).waiting()).isEqualTo(2);
		assertThat(open.get(0).waitingQuantity()).isEqualTo(7);
		assertThat(open.get(0).product()).isEqualTo(product);
	}

	@Test
	void arrivalPutsEveryWaitingCustomerOnTheirOwnManagersAgenda() {
		Viewer first = fixtures.manager();
		Viewer second = fixtures.manager();
		String product = CareFixtures.unique("芙蓉王");
		Customer a = fixtures.customer(first, Grade.A);
		Customer b = fixtures.customer(second, Grade.C);
		Long ra = register(first, a, product, 10);
		Long rb = register(second, b, product, 3);

		int arrived = demands.markArrived(product, first);

		assertThat(arrived).isEqualTo(2);
		assertThat(demands.get(ra, first).status()).isEqualTo(DemandStatus.ARRIVED);
		assertThat(demands.get(rb, second).status()).isEqualTo(DemandStatus.ARRIVED);
		List<CareTaskView> firstsAgenda = careTasks.open(first, 7, 50).dueToday();
		assertThat(firstsAgenda).extracting(CareTaskView::kind).containsExactly(CareTaskKind.DEMAND_ARRIVED);
		assertThat(firstsAgenda.get(0).customerId()).isEqualTo(a.getId());
		assertThat(firstsAgenda.get(0).detail()).isEqualTo(product + " × 10");
		assertThat(careTasks.open(second, 7, 50).dueToday()).extracting(CareTaskView::customerId)
			.containsExactly(b.getId());
		assertThat(demands.markArrived(product, first)).as("nothing waits any more").isZero();
	}

	@Test
	void tellingTheCustomerClosesTheRegistrationAndItsTask() {
		Viewer manager = fixtures.manager();
		String product = CareFixtures.unique("玉溪");
		Long id = register(manager, fixtures.customer(manager, Grade.A), product, 1);
		demands.markArrived(product, manager);

		DemandView told = demands.told(id, ToldChannel.PHONE, "已电话通知", manager);

		assertThat(told.status()).isEqualTo(DemandStatus.TOLD);
		assertThat(told.closedAt()).isNotNull();
		assertThat(careTasks.open(manager, 7, 50).openCount()).isZero();
		assertThat(demands.openByProduct(manager)).noneMatch(p -> p.productKey().equals(product.toLowerCase()));
	}

	@Test
	void doingTheTaskOnTheAgendaClosesTheRegistrationToo() {
		Viewer manager = fixtures.manager();
		String product = CareFixtures.unique("黄鹤楼");
		Long id = register(manager, fixtures.customer(manager, Grade.A), product, 1);
		demands.markArrived(product, manager);
		Long taskId = careTasks.open(manager, 7, 50).dueToday().get(0).id();

		careTasks.complete(taskId, CareChannel.SMS, null, manager);

		assertThat(demands.get(id, manager).status()).isEqualTo(DemandStatus.TOLD);
	}

	@Test
	void cancellingSkipsTheTask() {
		Viewer manager = fixtures.manager();
		String product = CareFixtures.unique("利群");
		Long id = register(manager, fixtures.customer(manager, Grade.A), product, 1);
		demands.markArrived(product, manager);
		Long taskId = careTasks.open(manager, 7, 50).dueToday().get(0).id();

		assertThat(demands.cancel(id, "客户不要了", manager).status()).isEqualTo(DemandStatus.CANCELLED);
		assertThat(careTasks.get(taskId, manager).status()).isEqualTo(CareTaskStatus.SKIPPED);
	}

	@Test
	void theCustomerCannotBeToldBeforeTheGoodsArrive() {
		Viewer manager = fixtures.manager();
		Long id = register(manager, fixtures.customer(manager, Grade.A), CareFixtures.unique("红塔山"), 1);

		assertThatThrownBy(() -> demands.told(id, ToldChannel.PHONE, null, manager))
			.isInstanceOf(DemandNotOpenException.class);
	}

	@Test
	void aManagerWhoSeesNoWaitingRegistrationCannotRecordTheArrival() {
		Viewer owner = fixtures.manager();
		String product = CareFixtures.unique("南京");
		Long id = register(owner, fixtures.customer(owner, Grade.A), product, 1);

		assertThat(demands.markArrived(product, fixtures.manager())).isZero();
		assertThat(demands.get(id, owner).status()).isEqualTo(DemandStatus.WAITING);
	}

	@Test
	void supervisorSeesTheTeamsRegistrationsButOnlyTheManagerClosesThem() {
		Viewer manager = fixtures.manager();
		Viewer supervisor = fixtures.supervisorOf(manager);
		String product = CareFixtures.unique("云烟");
		Long id = register(manager, fixtures.customer(manager, Grade.A), product, 1);

		assertThat(demands.openByProduct(supervisor)).extracting(ProductDemand::waiting).containsExactly(1);
		assertThat(demands.markArrived(product, supervisor)).isEqualTo(1);
		assertThatThrownBy(() -> demands.told(id, ToldChannel.PHONE, null, supervisor))
			.isInstanceOf(NotAllowedException.class);
	}

	@Test
	void badInputIsRefusedWithTheField() {
		Viewer manager = fixtures.manager();
		Customer customer = fixtures.customer(manager, Grade.A);
		LocalDate today = LocalDate.now(clock);

		assertThatThrownBy(() -> demands.register(new NewDemand(customer.getId(), null, "中华", 0, today, null), manager))
			.isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getField()).isEqualTo("quantity"));
		assertThatThrownBy(() -> demands.register(new NewDemand(customer.getId(), null, " ", 1, today, null), manager))
			.isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getField()).isEqualTo("product"));
		assertThatThrownBy(() -> demands
			.register(new NewDemand(customer.getId(), null, "中华", 1, today.plusDays(1), null), manager))
			.isInstanceOfSatisfying(RuleViolationException.class,
					e -> assertThat(e.getField()).isEqualTo("requestedOn"));
	}

	@Test
	void anotherManagersCustomerAndCallCenterAgentsAreRefused() {
		Viewer owner = fixtures.manager();
		Customer customer = fixtures.customer(owner, Grade.A);
		NewDemand demand = new NewDemand(null, customer.getCode(), "中华", 1, LocalDate.now(clock), null);

		assertThatThrownBy(() -> demands.register(demand, fixtures.manager()))
			.isInstanceOf(CustomerNotFoundException.class);
		assertThatThrownBy(() -> demands.register(demand, fixtures.agent())).isInstanceOf(NotAllowedException.class);
		assertThat(demands.register(demand, owner)).isPositive();
	}

	private Long register(Viewer manager, Customer customer, String product, int quantity) {
		return demands.register(new NewDemand(customer.getId(), null, product, quantity, LocalDate.now(clock), "急"),
				manager);
	}

}
