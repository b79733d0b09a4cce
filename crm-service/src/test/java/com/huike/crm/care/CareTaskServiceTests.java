package com.huike.crm.care;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.huike.crm.care.domain.CareChannel;
import com.huike.crm.care.domain.CareTask;
import com.huike.crm.care.domain.CareTaskAlreadyClosedException;
import com.huike.crm.care.domain.CareTaskKind;
import com.huike.crm.care.domain.CareTaskRepository;
import com.huike.crm.care.domain.CareTaskStatus;
import com.huike.crm.customer.CustomerNotFoundException;
import com.huike.crm.customer.domain.Customer;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.NotAllowedException;
import com.huike.crm.shared.NotFoundException;
import com.huike.crm.testsupport.CareServiceTest;
import com.huike.crm.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@CareServiceTest
class CareTaskServiceTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry);
	}

	@Autowired
	CareTaskService service;

	@Autowired
	CareTaskRepository tasks;

	@Autowired
	CareFixtures fixtures;

	@Autowired
	Clock clock;

	@Test
	void managerSeesOverdueTodayAndUpcomingTasksOfTheirCustomersOnly() {
		Viewer manager = fixtures.manager();
		Viewer other = fixtures.manager();
		LocalDate today = LocalDate.now(clock);
		Customer mine = fixtures.customer(manager, Grade.B);
		// overdue: the birthday itself has passed undone
		CareTask overdue = tasks.saveAndFlush(new CareTask(mine.getId(), manager.userId(), CareTaskKind.BIRTHDAY,
				today.minusDays(1), 0, null, today.minusDays(4)));
		CareTask due = task(mine, manager, CareTaskKind.WEDDING_ANNIVERSARY, today);
		CareTask coming = task(mine, manager, CareTaskKind.NATIONAL_DAY, today.plusDays(5));
		task(mine, manager, CareTaskKind.NEW_YEAR, today.plusDays(20));
		task(fixtures.customer(other, Grade.B), other, CareTaskKind.BIRTHDAY, today);

		CareTaskList list = service.open(manager, 7, 50);

		assertThat(list.overdue()).extracting(CareTaskView::id).containsExactly(overdue.getId());
		assertThat(list.dueToday()).extracting(CareTaskView::id).containsExactly(due.getId());
		assertThat(list.upcoming()).extracting(CareTaskView::id).containsExactly(coming.getId());
		assertThat(list.openCount()).isEqualTo(3);
		assertThat(list.dueToday().get(0).canAct()).isTrue();
	}

	@Test
	void aBirthdayTomorrowWhoseReminderFellDueDaysAgoIsToDoNotOverdue() {
		Viewer manager = fixtures.manager();
		LocalDate today = LocalDate.now(clock);
		CareTask tomorrow = task(fixtures.customer(manager, Grade.B), manager, CareTaskKind.BIRTHDAY,
				today.minusDays(2));

		CareTaskList list = service.open(manager, 7, 50);

		assertThat(list.overdue()).isEmpty();
		assertThat(list.dueToday()).extracting(CareTaskView::id).containsExactly(tomorrow.getId());
		assertThat(list.daysUntil(list.dueToday().get(0))).isEqualTo(1);
	}

	@Test
	void listsShowAPageButCountEverything() {
		Viewer manager = fixtures.manager();
		LocalDate today = LocalDate.now(clock);
		for (int i = 0; i < 4; i++) {
			task(fixtures.customer(manager, Grade.C), manager, CareTaskKind.BIRTHDAY, today);
		}

		CareTaskList list = service.open(manager, 7, 3);

		assertThat(list.dueToday()).hasSize(3);
		assertThat(list.dueTodayCount()).isEqualTo(4);
	}

	@Test
	void managerRecordsHowTheGreetingWasDone() {
		Viewer manager = fixtures.manager();
		CareTask task = task(fixtures.customer(manager, Grade.A), manager, CareTaskKind.BIRTHDAY, LocalDate.now(clock));

		CareTaskView done = service.complete(task.getId(), CareChannel.GIFT, "送了蛋糕", manager);

		assertThat(done.status()).isEqualTo(CareTaskStatus.DONE);
		assertThat(done.channel()).isEqualTo(CareChannel.GIFT);
		assertThat(done.note()).isEqualTo("送了蛋糕");
		assertThat(service.open(manager, 7, 50).openCount()).isZero();
	}

	@Test
	void aClosedTaskCannotBeClosedAgain() {
		Viewer manager = fixtures.manager();
		CareTask task = task(fixtures.customer(manager, Grade.A), manager, CareTaskKind.BIRTHDAY, LocalDate.now(clock));
		service.skip(task.getId(), null, manager);

		assertThatThrownBy(() -> service.complete(task.getId(), CareChannel.PHONE, null, manager))
			.isInstanceOf(CareTaskAlreadyClosedException.class);
	}

	@Test
	void supervisorSeesTheTeamsTasksButDoesNotCloseThem() {
		Viewer manager = fixtures.manager();
		Viewer supervisor = fixtures.supervisorOf(manager);
		CareTask task = task(fixtures.customer(manager, Grade.A), manager, CareTaskKind.BIRTHDAY, LocalDate.now(clock));

		assertThat(service.open(supervisor, 7, 50).dueToday()).extracting(CareTaskView::id)
			.containsExactly(task.getId());
		assertThat(service.get(task.getId(), supervisor).canAct()).isFalse();
		assertThatThrownBy(() -> service.complete(task.getId(), CareChannel.PHONE, null, supervisor))
			.isInstanceOf(NotAllowedException.class);
	}

	@Test
	void anotherManagersTaskDoesNotExistForMe() {
		Viewer owner = fixtures.manager();
		Viewer stranger = fixtures.manager();
		CareTask task = task(fixtures.customer(owner, Grade.A), owner, CareTaskKind.BIRTHDAY, LocalDate.now(clock));

		assertThatThrownBy(() -> service.get(task.getId(), stranger)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> service.skip(task.getId(), null, stranger)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> service.get(task.getId(), fixtures.admin())).isInstanceOf(NotFoundException.class);
	}

	@Test
	void timelineListsDoneAndSkippedTasksNewestFirst() {
		Viewer manager = fixtures.manager();
		Customer customer = fixtures.customer(manager, Grade.A);
		LocalDate today = LocalDate.now(clock);
		CareTask first = task(customer, manager, CareTaskKind.BIRTHDAY, today.minusDays(1));
		CareTask second = task(customer, manager, CareTaskKind.NEW_YEAR, today);
		task(customer, manager, CareTaskKind.NATIONAL_DAY, today.plusDays(1));
		service.complete(first.getId(), CareChannel.SMS, "短信祝福", manager);
		service.skip(second.getId(), "客户出国", manager);

		List<CareTimelineEntry> timeline = service.timelineOf(customer.getId(), manager);

		assertThat(timeline).extracting(CareTimelineEntry::taskId).containsExactly(second.getId(), first.getId());
		assertThat(timeline.get(1).channel()).isEqualTo(CareChannel.SMS);
		assertThat(timeline.get(1).byName()).isEqualTo("经理");
		assertThat(service.timelineOf(customer.getId(), fixtures.admin())).hasSize(2);
		assertThat(service.timelineOf(customer.getId(), fixtures.agent())).isEmpty();
		assertThatThrownBy(() -> service.timelineOf(customer.getId(), fixtures.manager()))
			.isInstanceOf(CustomerNotFoundException.class);
	}

	private CareTask task(Customer customer, Viewer owner, CareTaskKind kind, LocalDate due) {
		return tasks.saveAndFlush(new CareTask(customer.getId(), owner.userId(), kind, due.plusDays(3), 0, null, due));
	}

}
