package com.huike.crm.followup;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;

import com.huike.crm.customer.CustomerAccessDeniedException;
import com.huike.crm.customer.CustomerNotFoundException;
import com.huike.crm.customer.domain.Customer;
import com.huike.crm.customer.domain.CustomerChange;
import com.huike.crm.customer.domain.CustomerChangeRepository;
import com.huike.crm.customer.domain.CustomerRepository;
import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.customer.domain.Importance;
import com.huike.crm.customer.domain.Need;
import com.huike.crm.customer.domain.Urgency;
import com.huike.crm.followup.TimelineEntry.Kind;
import com.huike.crm.followup.domain.Activity;
import com.huike.crm.followup.domain.Channel;
import com.huike.crm.identity.Viewer;
import com.huike.crm.identity.domain.Role;
import com.huike.crm.identity.domain.Team;
import com.huike.crm.identity.domain.TeamRepository;
import com.huike.crm.identity.domain.UserAccount;
import com.huike.crm.identity.domain.UserAccountRepository;
import com.huike.crm.shared.RuleViolationException;
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
class FollowUpServiceTests {

	static final LocalDate TODAY = FollowUpTestConfiguration.NOW.toLocalDate();

	static final GradeDecision URGENT_TARGET_A = new GradeDecision(DealStatus.NEGOTIATING, Importance.IMPORTANT,
			Urgency.URGENT, Need.TARGET, Grade.A, null);

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.register(registry);
	}

	@Autowired
	FollowUpService followUps;

	@Autowired
	GradeService grades;

	@Autowired
	CadenceService cadences;

	@Autowired
	TimelineService timelines;

	@Autowired
	UserAccountRepository users;

	@Autowired
	TeamRepository teams;

	@Autowired
	CustomerRepository customers;

	@Autowired
	CustomerChangeRepository changes;

	@Autowired
	TestEntityManager entities;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

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
	void newCustomerIsFirstDueOnItsCreationDayPlusTheCadenceOfItsGrade() {
		Customer customer = fixtures.customer(manager, "新客户", Grade.C, null);
		LocalDate created = customer.getCreatedAt().atZone(FollowUpTestConfiguration.ZONE).toLocalDate();
		assertThat(customer.getNextFollowUpOn()).isEqualTo(created.plusDays(15));
	}

	@Test
	void changingTheGradeToBDuringAFollowUpMovesTheNextDueDateSevenDaysOut() {
		Customer customer = overdueA("逾期A客户");

		FollowUpLogged logged = followUps.log(new NewFollowUp(customer.getId(), at(9, 30), Channel.VISIT, "谈了下季度订货",
				"有意向", "下周报价", new GradeDecision(DealStatus.NEGOTIATING, Importance.IMPORTANT, Urgency.URGENT,
						Need.TARGET, Grade.B, "客户预算推迟到下季度")),
				viewer(manager));

		assertThat(logged.grade()).isEqualTo(Grade.B);
		assertThat(logged.nextFollowUpOn()).isEqualTo(TODAY.plusDays(7));
		assertThat(customer.getLastFollowUpAt())
			.isEqualTo(at(9, 30).atZone(FollowUpTestConfiguration.ZONE).toInstant());
		var history = grades.history(customer.getId(), viewer(manager), PageRequest.of(0, 10));
		assertThat(history.getContent()).singleElement().satisfies(h -> {
			assertThat(h.oldGrade()).isEqualTo(Grade.A);
			assertThat(h.newGrade()).isEqualTo(Grade.B);
			assertThat(h.proposedGrade()).isEqualTo(Grade.A);
			assertThat(h.reason()).isEqualTo("客户预算推迟到下季度");
			assertThat(h.changedByName()).isEqualTo(manager.getDisplayName());
			assertThat(h.duringFollowUp()).isTrue();
		});
	}

	@Test
	void confirmingTheGradeKeepsItAndCountsTheCadenceFromTheFollowUpDay() {
		Customer customer = overdueA("确认A");

		FollowUpLogged logged = followUps
			.log(new NewFollowUp(customer.getId(), LocalDateTime.of(TODAY.minusDays(1), LocalTime.of(16, 0)),
					Channel.PHONE, "电话确认需求", null, null, URGENT_TARGET_A), viewer(manager));

		assertThat(logged.grade()).isEqualTo(Grade.A);
		assertThat(logged.nextFollowUpOn()).isEqualTo(TODAY);
		assertThat(grades.history(customer.getId(), viewer(manager), PageRequest.of(0, 10))).isEmpty();
	}

	@Test
	void aBackDatedFollowUpDoesNotMoveTheLastFollowUpBack() {
		Customer customer = overdueA("补记");
		followUps.log(new NewFollowUp(customer.getId(), at(8, 0), Channel.PHONE, "今天的电话", null, null, URGENT_TARGET_A),
				viewer(manager));
		followUps.log(new NewFollowUp(customer.getId(), LocalDateTime.of(TODAY.minusDays(5), LocalTime.NOON),
				Channel.MESSAGE, "补记上周的微信", null, null, URGENT_TARGET_A), viewer(manager));

		assertThat(customer.getLastFollowUpAt()).isEqualTo(at(8, 0).atZone(FollowUpTestConfiguration.ZONE).toInstant());
		assertThat(customer.getNextFollowUpOn()).isEqualTo(TODAY.plusDays(1));
		assertThat(followUps.list(customer.getId(), viewer(manager), PageRequest.of(0, 10)))
			.extracting(FollowUpEntry::content)
			.containsExactly("今天的电话", "补记上周的微信");
	}

	@Test
	void aFollowUpAfterTodayIsRefusedButLaterTodayIsTakenAsNow() {
		Customer customer = overdueA("未来");
		assertThatThrownBy(() -> followUps.log(new NewFollowUp(customer.getId(), at(9, 0).plusDays(1), Channel.PHONE,
				"明天的电话", null, null, URGENT_TARGET_A), viewer(manager)))
			.isInstanceOfSatisfying(RuleViolationException.class, e -> {
				assertThat(e.getField()).isEqualTo("occurredAt");
				assertThat(e.getMessageKey()).isEqualTo("followup.occurredAt.future");
			});

		followUps.log(new NewFollowUp(customer.getId(), at(23, 0), Channel.PHONE, "稍后", null, null, URGENT_TARGET_A),
				viewer(manager));
		assertThat(customer.getLastFollowUpAt()).isEqualTo(FollowUpTestConfiguration.NOW.toInstant());
	}

	@Test
	void aFollowUpNeedsContentAndADecidedGrade() {
		Customer customer = overdueA("空内容");
		assertThatThrownBy(() -> followUps.log(
				new NewFollowUp(customer.getId(), at(9, 0), Channel.PHONE, "   ", null, null, URGENT_TARGET_A),
				viewer(manager)))
			.isInstanceOfSatisfying(RuleViolationException.class,
					e -> assertThat(e.getMessageKey()).isEqualTo("followup.content.required"));
		assertThatThrownBy(
				() -> followUps.log(new NewFollowUp(customer.getId(), at(9, 0), Channel.PHONE, "内容", null, null,
						new GradeDecision(DealStatus.NEGOTIATING, Importance.IMPORTANT, Urgency.URGENT, Need.TARGET,
								null, null)),
						viewer(manager)))
			.isInstanceOfSatisfying(RuleViolationException.class,
					e -> assertThat(e.getMessageKey()).isEqualTo("followup.grade.required"));
		assertThat(followUps.list(customer.getId(), viewer(manager), PageRequest.of(0, 10))).isEmpty();
	}

	@Test
	void overridingTheProposalNeedsAReason() {
		Customer customer = overdueA("改级");
		GradeDecision toC = new GradeDecision(DealStatus.NEGOTIATING, Importance.IMPORTANT, Urgency.URGENT, Need.TARGET,
				Grade.C, " ");
		assertThatThrownBy(() -> grades.decide(customer.getId(), toC, viewer(manager))).isInstanceOfSatisfying(
				RuleViolationException.class, e -> assertThat(e.getMessageKey()).isEqualTo("grade.reason.required"));
		assertThat(customer.getGrade()).isEqualTo(Grade.A);
	}

	@Test
	void reviewingTheViewsMovesTheDueDateFromCreationWhenNeverFollowedUp() {
		Customer customer = fixtures.customer(manager, "复核", Grade.D, null);
		LocalDate created = customer.getCreatedAt().atZone(FollowUpTestConfiguration.ZONE).toLocalDate();

		TrackedCustomer now = grades.decide(customer.getId(), new GradeDecision(DealStatus.CLOSED, Importance.ORDINARY,
				Urgency.NOT_URGENT, Need.TARGET, Grade.B, null), viewer(manager));

		assertThat(now.grade()).isEqualTo(Grade.B);
		assertThat(now.proposal().grade()).isEqualTo(Grade.B);
		assertThat(now.nextFollowUpOn()).isEqualTo(created.plusDays(7));
		assertThat(customer.getNeed()).isEqualTo(Need.TARGET);
		assertThat(customer.getUrgency()).isEqualTo(Urgency.NOT_URGENT);
		assertThat(customer.getDealStatus()).isEqualTo(DealStatus.CLOSED);
	}

	@Test
	void withoutAProposalKeepingTheGradeNeedsNoReasonButChangingItDoes() {
		Customer customer = fixtures.customer(manager, "未分类", Grade.C, null);
		GradeDecision keep = new GradeDecision(DealStatus.POTENTIAL, null, null, null, Grade.C, null);
		assertThat(grades.decide(customer.getId(), keep, viewer(manager)).proposal()).isNull();
		GradeDecision change = new GradeDecision(DealStatus.POTENTIAL, null, null, null, Grade.B, null);
		assertThatThrownBy(() -> grades.decide(customer.getId(), change, viewer(manager))).isInstanceOfSatisfying(
				RuleViolationException.class, e -> assertThat(e.getMessageKey()).isEqualTo("grade.reason.required"));
	}

	@Test
	void anotherManagersCustomerDoesNotExistAndTheCallCenterCannotTrack() {
		Customer customer = overdueA("别人的");
		assertThatThrownBy(() -> followUps.tracked(customer.getId(), viewer(colleague)))
			.isInstanceOf(CustomerNotFoundException.class);
		Viewer agent = new Viewer(-7L, "agent", "客服", Set.of(Role.AGENT), Set.of());
		assertThatThrownBy(() -> followUps
			.log(new NewFollowUp(customer.getId(), at(9, 0), Channel.PHONE, "来电", null, null, URGENT_TARGET_A), agent))
			.isInstanceOf(CustomerAccessDeniedException.class);
		assertThat(followUps.tracked(customer.getId(), viewer(supervisor)).name()).isEqualTo("别人的");
	}

	@Test
	void theNextVisitFollowsTheVisitCadenceOfTheGrade() {
		Customer customer = overdueA("拜访");
		followUps.log(new NewFollowUp(customer.getId(), LocalDateTime.of(TODAY.minusDays(2), LocalTime.NOON),
				Channel.VISIT, "上门拜访", null, null, URGENT_TARGET_A), viewer(manager));
		assertThat(followUps.tracked(customer.getId(), viewer(manager)).nextVisitOn()).isEqualTo(TODAY.plusDays(5));
	}

	@Test
	void theAdministratorsNewCadenceMovesTheDueDatesOfThatGrade() {
		Customer customer = overdueA("节奏");
		followUps.log(new NewFollowUp(customer.getId(), at(9, 0), Channel.PHONE, "电话", null, null, URGENT_TARGET_A),
				viewer(manager));
		entities.flush();
		Viewer admin = new Viewer(-1L, "root", "管理员", Set.of(Role.ADMIN), Set.of());
		Map<Grade, Integer> followUp = Map.of(Grade.A, 3, Grade.B, 7, Grade.C, 15, Grade.D, 30, Grade.E, 365);

		cadences.update(Map.of(Activity.FOLLOW_UP, followUp, Activity.VISIT, Map.of(Grade.A, 14)), admin);
		entities.flush();
		entities.clear();

		assertThat(customers.findById(customer.getId()).orElseThrow().getNextFollowUpOn()).isEqualTo(TODAY.plusDays(3));
		assertThat(cadences.table().days(Activity.VISIT, Grade.B)).isEmpty();
		assertThatThrownBy(() -> cadences.update(
				Map.of(Activity.FOLLOW_UP, Map.of(Grade.A, 0, Grade.B, 7, Grade.C, 15, Grade.D, 30, Grade.E, 365)),
				admin))
			.isInstanceOfSatisfying(RuleViolationException.class, e -> {
				assertThat(e.getField()).isEqualTo("FOLLOW_UP_A");
				assertThat(e.getMessageKey()).isEqualTo("cadence.positive");
			});
		assertThatThrownBy(() -> cadences.update(Map.of(Activity.FOLLOW_UP, followUp), viewer(manager)))
			.isInstanceOf(CustomerAccessDeniedException.class);
	}

	@Test
	void timelineMergesFollowUpsGradeChangesAndArchiveChangesNewestFirst() {
		Customer customer = overdueA("时间线");
		changes.saveAndFlush(
				new CustomerChange(customer.getId(), manager.getId(), "basic", "companyName", "旧公司", "新公司", false));
		changes.saveAndFlush(
				new CustomerChange(customer.getId(), manager.getId(), "sensitive", "religion", "x", "y", true));
		followUps.log(
				new NewFollowUp(customer.getId(), at(9, 0), Channel.PHONE, "电话沟通", null, null, new GradeDecision(
						DealStatus.NEGOTIATING, Importance.IMPORTANT, Urgency.URGENT, Need.TARGET, Grade.B, "预算推迟")),
				viewer(manager));
		grades.decide(customer.getId(), new GradeDecision(DealStatus.NEGOTIATING, Importance.IMPORTANT, Urgency.URGENT,
				Need.TARGET, Grade.A, null), viewer(manager));
		entities.flush();
		// the archive changes carry the real time; the follow-up, the fixed clock's
		jdbc.update("update customer_change set changed_at = ? where customer_id = ?",
				java.sql.Timestamp.from(FollowUpTestConfiguration.NOW.minusDays(1).toInstant()), customer.getId());
		// the archive changes now come through the customer feature's repository: forget
		// the ones loaded before that update
		entities.clear();

		var page = timelines.timeline(customer.getId(), viewer(manager), PageRequest.of(0, 10));

		assertThat(page.getTotalElements()).isEqualTo(4);
		assertThat(page.getContent()).extracting(TimelineEntry::kind)
			.containsExactly(Kind.GRADE, Kind.FOLLOW_UP, Kind.ARCHIVE, Kind.ARCHIVE);
		TimelineEntry followUp = page.getContent().get(1);
		assertThat(followUp.text()).isEqualTo("电话沟通");
		assertThat(followUp.reason()).isEqualTo("预算推迟");
		assertThat(followUp.gradeChanged()).isTrue();
		assertThat(page.getContent()).filteredOn(TimelineEntry::sensitive)
			.singleElement()
			.satisfies(e -> assertThat(e.oldValue()).isNull());
		assertThat(timelines.timeline(customer.getId(), viewer(manager), PageRequest.of(1, 3)).getContent()).hasSize(1);
	}

	private Customer overdueA(String name) {
		return fixtures.customer(manager, name, Grade.A, TODAY.minusDays(3));
	}

	private Viewer viewer(UserAccount user) {
		return fixtures.viewer(user);
	}

	private static LocalDateTime at(int hour, int minute) {
		return LocalDateTime.of(TODAY, LocalTime.of(hour, minute));
	}

}
