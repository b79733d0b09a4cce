package com.huike.crm.visitplan.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import com.huike.crm.shared.NotAllowedException;
import com.huike.crm.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The plan's state machine: every legal transition, and the illegal ones refused. */
class VisitPlanTests {

	static final Long MANAGER = 10L;

	static final Long SUPERVISOR = 20L;

	static final YearMonth MONTH = YearMonth.of(2027, 3);

	static final Instant NOW = Instant.parse("2027-03-01T01:00:00Z");

	static VisitPlan draft() {
		VisitPlan plan = new VisitPlan(MANAGER, MONTH, NOW);
		plan.add(1L, MONTH.atDay(2), 1L, "首次拜访", NOW);
		return plan;
	}

	static VisitPlan submitted() {
		VisitPlan plan = draft();
		plan.submit(MANAGER, NOW);
		return plan;
	}

	static VisitPlan approved() {
		VisitPlan plan = submitted();
		plan.approve(SUPERVISOR, NOW);
		return plan;
	}

	@Test
	void aNewPlanIsPlannedAndEditable() {
		VisitPlan plan = draft();
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.PLANNED);
		assertThat(plan.getResultsStatus()).isEqualTo(ResultsStatus.OPEN);
		assertThat(plan.isEditable()).isTrue();
		assertThat(plan.getActions()).singleElement().satisfies(a -> {
			assertThat(a.mark()).isEqualTo(VisitAction.Mark.PLANNED);
			assertThat(a.mark().symbol()).isEqualTo("☆");
		});
	}

	@Test
	void submittingLocksThePlanAndRecordsTheTransition() {
		VisitPlan plan = submitted();
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.SUBMITTED);
		assertThat(plan.getSubmittedAt()).isEqualTo(NOW);
		assertThatThrownBy(() -> plan.add(2L, MONTH.atDay(3), 1L, null, NOW))
			.isInstanceOf(VisitPlanStateException.class)
			.hasFieldOrPropertyWithValue("messageKey", "visitplan.state.locked");
		assertThatThrownBy(() -> plan.submit(MANAGER, NOW)).isInstanceOf(VisitPlanStateException.class);
		assertThat(plan.getActions()).hasSize(1);
		assertThat(plan.getTransitions()).singleElement().satisfies(t -> {
			assertThat(t.getSubject()).isEqualTo(Transition.PLAN);
			assertThat(t.getFromStatus()).isEqualTo("PLANNED");
			assertThat(t.getToStatus()).isEqualTo("SUBMITTED");
			assertThat(t.getByUser()).isEqualTo(MANAGER);
			assertThat(t.getAt()).isEqualTo(NOW);
		});
	}

	@Test
	void anEmptyPlanCannotBeSubmitted() {
		VisitPlan plan = new VisitPlan(MANAGER, MONTH, NOW);
		assertThatThrownBy(() -> plan.submit(MANAGER, NOW)).isInstanceOf(RuleViolationException.class);
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.PLANNED);
	}

	@Test
	void onlyTheManagerSubmits() {
		VisitPlan plan = draft();
		assertThatThrownBy(() -> plan.submit(SUPERVISOR, NOW)).isInstanceOf(NotAllowedException.class);
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.PLANNED);
	}

	@Test
	void approvingADraftIsRefused() {
		VisitPlan plan = draft();
		assertThatThrownBy(() -> plan.approve(SUPERVISOR, NOW)).isInstanceOf(VisitPlanStateException.class)
			.hasFieldOrPropertyWithValue("messageKey", "visitplan.state.notSubmitted");
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.PLANNED);
		assertThat(plan.getTransitions()).isEmpty();
	}

	@Test
	void nobodyApprovesTheirOwnPlan() {
		VisitPlan plan = submitted();
		assertThatThrownBy(() -> plan.approve(MANAGER, NOW)).isInstanceOf(NotAllowedException.class)
			.hasFieldOrPropertyWithValue("messageKey", "visitplan.ownPlan");
		assertThatThrownBy(() -> plan.reject(MANAGER, NOW, "自己驳回")).isInstanceOf(NotAllowedException.class);
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.SUBMITTED);
	}

	@Test
	void approvingTwiceIsRefused() {
		VisitPlan plan = approved();
		assertThatThrownBy(() -> plan.approve(SUPERVISOR, NOW)).isInstanceOf(VisitPlanStateException.class);
		assertThatThrownBy(() -> plan.reject(SUPERVISOR, NOW, "晚了")).isInstanceOf(VisitPlanStateException.class);
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.APPROVED);
		assertThat(plan.getTransitions()).hasSize(2);
	}

	@Test
	void rejectedPlanGoesBackToTheManagerWithTheReasonAndIsResubmitted() {
		VisitPlan plan = submitted();
		assertThatThrownBy(() -> plan.reject(SUPERVISOR, NOW, "  ")).isInstanceOf(RuleViolationException.class)
			.hasFieldOrPropertyWithValue("field", "reason");
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.SUBMITTED);

		plan.reject(SUPERVISOR, NOW, "A 类客户太集中");
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.REJECTED);
		assertThat(plan.getReason()).isEqualTo("A 类客户太集中");
		assertThat(plan.isEditable()).isTrue();
		plan.add(2L, MONTH.atDay(9), 1L, null, NOW);
		plan.submit(MANAGER, NOW);
		plan.approve(SUPERVISOR, NOW);
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.APPROVED);
		assertThat(plan.getReason()).isNull();
		assertThat(plan.getTransitions()).extracting(VisitPlanTransition::getToStatus)
			.containsExactly("SUBMITTED", "REJECTED", "SUBMITTED", "APPROVED");
		assertThat(plan.getTransitions().get(1).getReason()).isEqualTo("A 类客户太集中");
	}

	@Test
	void temporaryTasksOnlyAfterTheApproval() {
		VisitPlan draft = draft();
		assertThatThrownBy(() -> draft.addTemporary(3L, MONTH.atDay(4), 1L, null, NOW))
			.isInstanceOf(VisitPlanStateException.class);
		VisitPlan plan = approved();
		VisitAction temporary = plan.addTemporary(3L, MONTH.atDay(4), 1L, "客户来电", NOW);
		assertThat(temporary.isTemporary()).isTrue();
		assertThat(temporary.mark().symbol()).isEqualTo("●");
	}

	@Test
	void aDayOutsideTheMonthIsRefused() {
		VisitPlan plan = draft();
		assertThatThrownBy(() -> plan.add(2L, LocalDate.of(2027, 4, 1), 1L, null, NOW))
			.isInstanceOf(RuleViolationException.class)
			.hasFieldOrPropertyWithValue("field", "day");
		assertThat(plan.getActions()).hasSize(1);
	}

	@Test
	void resultsNeedAReasonForEveryActionNotDoneAndAreApprovedOrRejected() {
		VisitPlan plan = approved();
		assertThatThrownBy(() -> plan.submitResults(MANAGER, NOW, Map.of())).isInstanceOf(RuleViolationException.class);
		assertThat(plan.getResultsStatus()).isEqualTo(ResultsStatus.OPEN);
		assertThatThrownBy(() -> plan.approveResults(SUPERVISOR, NOW)).isInstanceOf(VisitPlanStateException.class);
	}

	@Test
	void resultsOfADraftCannotBeSubmitted() {
		VisitPlan plan = draft();
		assertThatThrownBy(() -> plan.submitResults(MANAGER, NOW, Map.of()))
			.isInstanceOf(VisitPlanStateException.class);
	}

	@Test
	void aHandedOverCustomerLeavesADraftAPlanWaitingAndAnApprovedPlanWithItsOpenActions() {
		for (VisitPlan plan : java.util.List.of(draft(), submitted(), approved())) {
			long version = plan.getChangedAt().getEpochSecond();
			java.util.List<VisitPlan.HandedOver> leaving = plan.handOver(1L, NOW.plusSeconds(60));
			assertThat(leaving).as(plan.getStatus().name())
				.containsExactly(new VisitPlan.HandedOver(MONTH.atDay(2), 1L, "首次拜访"));
			assertThat(plan.getActions()).isEmpty();
			assertThat(plan.getChangedAt().getEpochSecond()).isGreaterThan(version);
		}
	}

	@Test
	void anotherCustomersActionsStayWhenOneIsHandedOver() {
		VisitPlan plan = draft();
		plan.add(2L, MONTH.atDay(3), 1L, null, NOW);
		assertThat(plan.handOver(2L, NOW)).hasSize(1);
		assertThat(plan.getActions()).extracting(VisitAction::getCustomerId).containsExactly(1L);
		assertThat(plan.handOver(3L, NOW)).isEmpty();
	}

	@Test
	void theNewManagersDraftTakesHandedActionsAsItsOwnAndAnApprovedPlanAsTemporaryTasks() {
		java.util.List<VisitPlan.HandedOver> handed = java.util.List
			.of(new VisitPlan.HandedOver(MONTH.atDay(5), 2L, "转交"), new VisitPlan.HandedOver(MONTH.atDay(6), 2L, null));
		VisitPlan draft = new VisitPlan(MANAGER, MONTH, NOW);
		assertThat(draft.receive(7L, handed, NOW)).isEqualTo(2);
		assertThat(draft.getActions()).extracting(VisitAction::getOrigin)
			.containsExactly(ActionOrigin.MANUAL, ActionOrigin.MANUAL);
		assertThat(draft.getActions()).extracting(VisitAction::getNote).containsExactly("转交", null);

		VisitPlan approved = approved();
		assertThat(approved.receive(7L, handed, NOW)).isEqualTo(2);
		assertThat(approved.getActions().stream().filter(a -> a.getCustomerId().equals(7L)))
			.extracting(a -> a.mark().symbol())
			.containsExactly("●", "●");
		// handed over twice (to and fro): not doubled
		assertThat(approved.receive(7L, handed, NOW)).isZero();
	}

	@Test
	void aHandedActionOfAnotherMonthIsNotTaken() {
		VisitPlan draft = new VisitPlan(MANAGER, MONTH, NOW);
		assertThat(draft.receive(7L,
				java.util.List.of(new VisitPlan.HandedOver(MONTH.plusMonths(1).atDay(1), 2L, null)), NOW))
			.isZero();
		assertThat(draft.getActions()).isEmpty();
	}

}
