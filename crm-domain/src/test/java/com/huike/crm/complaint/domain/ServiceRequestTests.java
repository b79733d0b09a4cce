package com.huike.crm.complaint.domain;

import java.time.Duration;
import java.time.Instant;

import com.huike.crm.shared.NotAllowedException;
import com.huike.crm.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The complaint flow's states: each step only from its state, nothing changed when
 * refused.
 */
class ServiceRequestTests {

	static final Instant NOW = Instant.parse("2026-12-02T02:00:00Z");

	static final Long AGENT = 1L;

	static final Long CS_MANAGER = 2L;

	static final Long HANDLER = 3L;

	static final Long OTHER_HANDLER = 4L;

	static final Long AFTER_SALES = 10L;

	static final Long LOGISTICS = 20L;

	static ServiceRequest complaint(Instant dueAt) {
		return new ServiceRequest(new ServiceRequest.Intake(RequestType.COMPLAINT, Channel.HOTLINE, 7L, 8L, null, "张三",
				"13900000000", 1L, Severity.HIGH, "包装破损", null, null, null, AFTER_SALES, dueAt), AGENT, NOW);
	}

	static ServiceRequest returned() {
		ServiceRequest r = complaint(NOW.plus(Duration.ofDays(1)));
		r.confirm(AFTER_SALES, CS_MANAGER, NOW.plusSeconds(60));
		r.take(HANDLER, NOW.plusSeconds(120));
		r.recordResult(HANDLER, "已调换", NOW.plusSeconds(180));
		return r;
	}

	@Test
	void anInquiryAnsweredOnTheSpotIsClosedAtOnce() {
		ServiceRequest inquiry = new ServiceRequest(new ServiceRequest.Intake(RequestType.INQUIRY, Channel.HOTLINE,
				null, null, null, null, "13900000000", null, null, "几点送货", null, null, "上午", null, null), AGENT, NOW);
		assertThat(inquiry.getStatus()).isEqualTo(RequestStatus.CLOSED);
		assertThat(inquiry.getClosedAt()).isEqualTo(NOW);
	}

	@Test
	void aSuggestionWaitsOnTheManagersListAndIsDealtWithOnce() {
		ServiceRequest suggestion = new ServiceRequest(
				new ServiceRequest.Intake(RequestType.SUGGESTION, Channel.HOTLINE, null, null, null, null,
						"13900000000", null, null, "周末送货", null, null, null, null, null),
				AGENT, NOW);
		assertThat(suggestion.getStatus()).isEqualTo(RequestStatus.OPEN);
		suggestion.acknowledge(CS_MANAGER, "已转物流", NOW);
		assertThat(suggestion.getStatus()).isEqualTo(RequestStatus.CLOSED);
		assertThatThrownBy(() -> suggestion.acknowledge(CS_MANAGER, "again", NOW))
			.isInstanceOf(ComplaintStateException.class);
	}

	@Test
	void theWholeWayRecordsEveryStep() {
		ServiceRequest r = returned();
		r.recordFeedback("已告知客户", Opinion.SATISFIED, AGENT, NOW.plusSeconds(240));
		r.close(AGENT, NOW.plusSeconds(300));
		assertThat(r.getStatus()).isEqualTo(RequestStatus.CLOSED);
		assertThat(r.getSteps()).extracting(ComplaintStep::getKind)
			.containsExactly(StepKind.RECEIVED, StepKind.CONFIRMED, StepKind.TAKEN, StepKind.RESULT, StepKind.FEEDBACK,
					StepKind.CLOSED);
		assertThat(r.getSteps()).extracting(ComplaintStep::getByUser)
			.containsExactly(AGENT, CS_MANAGER, HANDLER, HANDLER, AGENT, AGENT);
	}

	@Test
	void confirmingAnAlreadyRoutedComplaintIsRefusedAndChangesNothing() {
		ServiceRequest r = complaint(NOW.plus(Duration.ofDays(1)));
		r.confirm(AFTER_SALES, CS_MANAGER, NOW);
		assertThatThrownBy(() -> r.confirm(LOGISTICS, CS_MANAGER, NOW)).isInstanceOf(ComplaintStateException.class)
			.extracting("messageKey")
			.isEqualTo("complaint.state.alreadyConfirmed");
		assertThat(r.getDepartmentId()).isEqualTo(AFTER_SALES);
		assertThat(r.getSteps()).hasSize(2);
	}

	@Test
	void onlyTheHandlerWhoTookItRecordsTheResult() {
		ServiceRequest r = complaint(NOW.plus(Duration.ofDays(1)));
		r.confirm(AFTER_SALES, CS_MANAGER, NOW);
		assertThatThrownBy(() -> r.recordResult(HANDLER, "x", NOW)).isInstanceOf(ComplaintStateException.class)
			.extracting("messageKey")
			.isEqualTo("complaint.state.notTaken");
		r.take(HANDLER, NOW);
		assertThatThrownBy(() -> r.recordResult(OTHER_HANDLER, "x", NOW)).isInstanceOf(NotAllowedException.class);
		assertThat(r.getStatus()).isEqualTo(RequestStatus.TAKEN);
		assertThat(r.getResult()).isNull();
	}

	@Test
	void aComplaintIsClosedOnlyAfterTheResultAndTheFeedbackAndOnlyOnce() {
		ServiceRequest r = complaint(NOW.plus(Duration.ofDays(1)));
		assertThatThrownBy(() -> r.close(AGENT, NOW)).extracting("messageKey").isEqualTo("complaint.state.noFeedback");
		ServiceRequest back = returned();
		assertThatThrownBy(() -> back.close(AGENT, NOW)).extracting("messageKey")
			.isEqualTo("complaint.state.noFeedback");
		assertThatThrownBy(() -> back.recordFeedback("ok", null, AGENT, NOW))
			.isInstanceOf(RuleViolationException.class);
		back.recordFeedback("ok", Opinion.SATISFIED, AGENT, NOW);
		back.close(AGENT, NOW);
		assertThatThrownBy(() -> back.close(AGENT, NOW)).extracting("messageKey").isEqualTo("complaint.state.closed");
		assertThat(back.getSteps()).filteredOn(s -> s.getKind() == StepKind.CLOSED).hasSize(1);
	}

	@Test
	void reopeningSendsItBackToTheDepartmentWithANewDeadline() {
		ServiceRequest r = returned();
		r.recordFeedback("客户不满意", Opinion.UNSATISFIED, AGENT, NOW);
		Instant newDue = NOW.plus(Duration.ofDays(3));
		r.reopen(AGENT, NOW, "还是有问题", newDue);
		assertThat(r.getStatus()).isEqualTo(RequestStatus.ROUTED);
		assertThat(r.getHandlerId()).isNull();
		assertThat(r.getDueAt()).isEqualTo(newDue);
		assertThat(r.getReopenCount()).isEqualTo(1);
		r.take(OTHER_HANDLER, NOW);
		r.recordResult(OTHER_HANDLER, "再次处理", NOW);
		assertThat(r.getStatus()).isEqualTo(RequestStatus.RETURNED);
	}

	@Test
	void anOverdueComplaintIsEscalatedOnceAndOnlyWhileTheDepartmentHasIt() {
		Instant due = NOW.plus(Duration.ofHours(4));
		ServiceRequest r = complaint(due);
		r.confirm(AFTER_SALES, CS_MANAGER, NOW);
		assertThat(r.escalate(due.minusSeconds(1))).as("not yet due").isFalse();
		assertThat(r.isOverdue(due.plusSeconds(1))).isTrue();
		assertThat(r.escalate(due.plusSeconds(1))).isTrue();
		assertThat(r.escalate(due.plusSeconds(60))).as("once").isFalse();
		assertThat(r.getSteps()).filteredOn(s -> s.getKind() == StepKind.ESCALATED).hasSize(1);

		ServiceRequest answered = returned();
		assertThat(answered.escalate(NOW.plus(Duration.ofDays(30))))
			.as("returned in time or not, the department is done")
			.isFalse();
	}

}
