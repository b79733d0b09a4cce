package com.huike.crm.followup;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import com.huike.crm.customer.domain.CustomerRepository;
import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.customer.domain.Need;
import com.huike.crm.customer.domain.Urgency;
import com.huike.crm.followup.domain.Channel;
import com.huike.crm.identity.Viewer;
import com.huike.crm.identity.domain.Role;
import com.huike.crm.identity.domain.Team;
import com.huike.crm.identity.domain.TeamRepository;
import com.huike.crm.identity.domain.UserAccount;
import com.huike.crm.identity.domain.UserAccountRepository;
import com.huike.crm.shared.NotFoundException;
import com.huike.crm.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DataJpaTest
@ContextConfiguration(classes = FollowUpTestConfiguration.class)
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class AgendaServiceTests {

	static final LocalDate TODAY = FollowUpTestConfiguration.NOW.toLocalDate();

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry);
	}

	@Autowired
	AgendaService agendas;

	@Autowired
	FollowUpService followUps;

	@Autowired
	UserAccountRepository users;

	@Autowired
	TeamRepository teams;

	@Autowired
	CustomerRepository customers;

	@Autowired
	TestEntityManager entities;

	FollowUpFixtures fixtures;

	UserAccount manager;

	UserAccount colleague;

	UserAccount supervisor;

	@BeforeEach
	void team() {
		fixtures = new FollowUpFixtures(users, teams, customers);
		Team team = fixtures.team();
		var members = users.findByTeamIdOrderByUsername(team.getId());
		manager = members.get(0);
		colleague = members.get(1);
		supervisor = users.findById(team.getSupervisorId()).orElseThrow();
	}

	@Test
	void agendaHoldsOnlyTheManagersOwnCustomers() {
		fixtures.customer(manager, "自己今天", Grade.B, TODAY);
		fixtures.customer(manager, "自己逾期", Grade.C, TODAY.minusDays(3));
		fixtures.customer(colleague, "同事今天", Grade.A, TODAY);
		fixtures.customer(colleague, "同事逾期", Grade.A, TODAY.minusDays(1));

		Agenda agenda = agendas.agenda(fixtures.viewer(manager), PageRequest.of(0, 50));

		assertThat(agenda.dueToday()).extracting(AgendaItem::name).containsExactly("自己今天");
		assertThat(agenda.overdue()).extracting(AgendaItem::name).containsExactly("自己逾期");
		assertThat(agenda.overdue().getContent().get(0).daysOverdue()).isEqualTo(3);
	}

	@Test
	void overdueIsOrderedByGradeThenByDaysOverdue() {
		fixtures.customer(manager, "C两天", Grade.C, TODAY.minusDays(2));
		fixtures.customer(manager, "A一天", Grade.A, TODAY.minusDays(1));
		fixtures.customer(manager, "B十天", Grade.B, TODAY.minusDays(10));
		fixtures.customer(manager, "A五天", Grade.A, TODAY.minusDays(5));
		fixtures.customer(manager, "E一年", Grade.E, TODAY.minusDays(400));

		Agenda agenda = agendas.agenda(fixtures.viewer(manager), PageRequest.of(0, 50));

		assertThat(agenda.overdue()).extracting(AgendaItem::name).containsExactly("A五天", "A一天", "B十天", "C两天", "E一年");
		assertThat(agenda.overdue()).extracting(AgendaItem::daysOverdue).containsExactly(5L, 1L, 10L, 2L, 400L);
	}

	@Test
	void overdueIsPagedWithAnExactCount() {
		for (int i = 1; i <= 5; i++) {
			fixtures.customer(manager, "逾期" + i, Grade.B, TODAY.minusDays(i));
		}
		Agenda second = agendas.agenda(fixtures.viewer(manager), PageRequest.of(1, 2));
		assertThat(second.overdueCount()).isEqualTo(5);
		assertThat(second.overdue().getTotalPages()).isEqualTo(3);
		assertThat(second.overdue()).extracting(AgendaItem::name).containsExactly("逾期3", "逾期2");
	}

	@Test
	void onlyTheChosenListTurnsToItsNextPage() {
		for (int i = 1; i <= 3; i++) {
			fixtures.customer(manager, "今日" + i, Grade.B, TODAY);
			fixtures.customer(manager, "明日" + i, Grade.B, TODAY.plusDays(1));
		}
		Agenda agenda = agendas.agenda(fixtures.viewer(manager), AgendaPages.of(AgendaPages.Section.TODAY, 1, 2));

		assertThat(agenda.dueToday()).extracting(AgendaItem::name).containsExactly("今日3");
		assertThat(agenda.dueToday().getTotalElements()).isEqualTo(3);
		assertThat(agenda.upcoming()).extracting(AgendaItem::name).containsExactly("明日1", "明日2");
		assertThat(agenda.upcoming().getTotalPages()).isEqualTo(2);
	}

	@Test
	void countsCoverTodayOverdueAndTheNextSevenDaysOnly() {
		fixtures.customer(manager, "今天一", Grade.A, TODAY);
		fixtures.customer(manager, "今天二", Grade.D, TODAY);
		fixtures.customer(manager, "昨天", Grade.B, TODAY.minusDays(1));
		fixtures.customer(manager, "明天", Grade.B, TODAY.plusDays(1));
		fixtures.customer(manager, "第七天", Grade.C, TODAY.plusDays(7));
		fixtures.customer(manager, "第八天", Grade.C, TODAY.plusDays(8));

		Agenda agenda = agendas.agenda(fixtures.viewer(manager), PageRequest.of(0, 50));

		assertThat(agenda.dueTodayCount()).isEqualTo(2);
		assertThat(agenda.dueToday()).extracting(AgendaItem::name).containsExactly("今天一", "今天二");
		assertThat(agenda.overdueCount()).isEqualTo(1);
		assertThat(agenda.upcomingCount()).isEqualTo(2);
		assertThat(agenda.upcoming()).extracting(AgendaItem::name).containsExactly("明天", "第七天");
		assertThat(agenda.dueCount()).isEqualTo(3);
		assertThat(agendas.dueCount(manager.getUsername())).isEqualTo(3);
		assertThat(agendas.dueCount(manager.getUsername().toUpperCase())).isEqualTo(3);
	}

	@Test
	void loggingAFollowUpTakesTheCustomerOffTodaysAgenda() {
		var customer = fixtures.customer(manager, "已跟进", Grade.A, TODAY.minusDays(2));
		Viewer viewer = fixtures.viewer(manager);
		followUps.log(
				new NewFollowUp(customer.getId(), LocalDateTime.of(TODAY, java.time.LocalTime.of(9, 0)), Channel.PHONE,
						"电话沟通", null, null,
						new GradeDecision(DealStatus.NEGOTIATING, null, Urgency.URGENT, Need.TARGET, Grade.A, null)),
				viewer);
		entities.flush();

		Agenda agenda = agendas.agenda(viewer, PageRequest.of(0, 50));

		assertThat(agenda.overdueCount()).isZero();
		assertThat(agenda.upcoming()).extracting(AgendaItem::name, AgendaItem::dueOn)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("已跟进", TODAY.plusDays(1)));
	}

	@Test
	void supervisorOpensTheAgendaOfATeamManagerButNotOfAnotherTeam() {
		fixtures.customer(manager, "组员客户", Grade.B, TODAY);
		UserAccount stranger = fixtures.manager(fixtures.team().getId(), "丙");
		Viewer boss = fixtures.viewer(supervisor);

		assertThat(agendas.agendaOf(manager.getId(), boss, AgendaPages.of(null, 0, 10)).dueToday())
			.extracting(AgendaItem::name)
			.containsExactly("组员客户");
		assertThatThrownBy(() -> agendas.agendaOf(stranger.getId(), boss, AgendaPages.of(null, 0, 10)))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(
				() -> agendas.agendaOf(manager.getId(), fixtures.viewer(colleague), AgendaPages.of(null, 0, 10)))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void teamViewCountsOverdueByGradeFollowUpsAndNeverFollowedUpPerManager() {
		fixtures.customer(manager, "逾期A", Grade.A, TODAY.minusDays(1));
		fixtures.customer(manager, "逾期A2", Grade.A, TODAY.minusDays(4));
		fixtures.customer(manager, "逾期C", Grade.C, TODAY.minusDays(4));
		var followed = fixtures.customer(manager, "跟进过", Grade.B, TODAY.plusDays(3));
		Viewer viewer = fixtures.viewer(manager);
		GradeDecision keepB = new GradeDecision(DealStatus.NEGOTIATING, null, Urgency.NOT_URGENT, Need.TARGET, Grade.B,
				null);
		// 2026-06-10 is a Wednesday: Monday the 8th starts the week, the 1st the month
		followUps.log(new NewFollowUp(followed.getId(), LocalDateTime.of(2026, 6, 8, 9, 0), Channel.VISIT, "拜访", null,
				null, keepB), viewer);
		followUps.log(new NewFollowUp(followed.getId(), LocalDateTime.of(2026, 6, 2, 9, 0), Channel.PHONE, "电话", null,
				null, keepB), viewer);
		followUps.log(new NewFollowUp(followed.getId(), LocalDateTime.of(2026, 5, 31, 9, 0), Channel.PHONE, "上月", null,
				null, keepB), viewer);
		entities.flush();

		TeamAgenda team = agendas.team(fixtures.viewer(supervisor));

		assertThat(team.weekStart()).isEqualTo(LocalDate.of(2026, 6, 8));
		assertThat(team.rows()).extracting(TeamAgenda.Row::managerId)
			.containsExactlyInAnyOrder(manager.getId(), colleague.getId());
		TeamAgenda.Row row = team.rows()
			.stream()
			.filter(r -> r.managerId().equals(manager.getId()))
			.findFirst()
			.orElseThrow();
		assertThat(row.overdue(Grade.A)).isEqualTo(2);
		assertThat(row.overdue(Grade.C)).isEqualTo(1);
		assertThat(row.overdue()).isEqualTo(3);
		assertThat(row.followUpsThisWeek()).isEqualTo(1);
		assertThat(row.followUpsThisMonth()).isEqualTo(2);
		assertThat(row.neverFollowedUp()).isEqualTo(3);
		assertThat(row.customers()).isEqualTo(4);
	}

	@Test
	void onlySupervisorsAndTheAdministratorHaveATeamView() {
		assertThatThrownBy(() -> agendas.team(fixtures.viewer(manager)))
			.isInstanceOf(com.huike.crm.customer.CustomerAccessDeniedException.class);
		Viewer admin = new Viewer(-1L, "root", "管理员", Set.of(Role.ADMIN), Set.of());
		assertThat(agendas.team(admin).rows()).extracting(TeamAgenda.Row::managerId)
			.contains(manager.getId(), colleague.getId());
	}

}
