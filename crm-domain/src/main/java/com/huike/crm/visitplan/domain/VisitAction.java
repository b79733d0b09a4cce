package com.huike.crm.visitplan.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * One planned service action of a plan: which customer, which day, which kind, a note;
 * done when the visit was marked (点选拜访情况). Changed only through its {@link VisitPlan},
 * which guards the plan's state (and whose version covers every change of its actions).
 */
@Entity
@Table(name = "visit_action")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class VisitAction {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_id", nullable = false, updatable = false)
	private VisitPlan plan;

	@Column(name = "customer_id", nullable = false, updatable = false)
	private Long customerId;

	@Column(nullable = false)
	private LocalDate day;

	@Column(name = "action_type_id", nullable = false)
	private Long actionTypeId;

	private String note;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ActionOrigin origin;

	@Column(name = "carried_from_id", updatable = false)
	private Long carriedFromId;

	/** The manager's order of the day's list. */
	@Column(nullable = false)
	private int position;

	@Column(name = "done_at")
	private Instant doneAt;

	@Column(name = "follow_up_id")
	private Long followUpId;

	private String result;

	@Column(name = "not_done_reason")
	private String notDoneReason;

	VisitAction(VisitPlan plan, Long customerId, LocalDate day, Long actionTypeId, String note, ActionOrigin origin,
			Long carriedFromId, int position) {
		this.plan = plan;
		this.customerId = customerId;
		this.day = day;
		this.actionTypeId = actionTypeId;
		this.note = blankToNull(note);
		this.origin = origin;
		this.carriedFromId = carriedFromId;
		this.position = position;
	}

	public boolean isDone() {
		return doneAt != null;
	}

	public boolean isTemporary() {
		return origin == ActionOrigin.TEMPORARY;
	}

	public boolean isCarriedOver() {
		return origin == ActionOrigin.CARRIED;
	}

	/** The mark of the manual: ★ done, ● temporary task not done, ☆ planned. */
	public Mark mark() {
		if (isDone()) {
			return Mark.DONE;
		}
		return isTemporary() ? Mark.TEMPORARY : Mark.PLANNED;
	}

	void moveTo(LocalDate day, int position) {
		this.day = day;
		this.position = position;
		edited();
	}

	void change(Long actionTypeId, String note) {
		this.actionTypeId = actionTypeId;
		this.note = blankToNull(note);
		edited();
	}

	void placeAt(int position) {
		this.position = position;
	}

	void done(Instant at, Long followUpId, String result) {
		this.doneAt = at;
		this.followUpId = followUpId;
		this.result = blankToNull(result);
		this.notDoneReason = null;
	}

	void notDone(String reason) {
		this.notDoneReason = blankToNull(reason);
	}

	/** A generated action the manager changed is theirs: regeneration keeps it. */
	private void edited() {
		if (origin == ActionOrigin.GENERATED) {
			origin = ActionOrigin.MANUAL;
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** The marks of the manual's 客户经理任务执行标注表. */
	public enum Mark {

		PLANNED("☆"), TEMPORARY("●"), DONE("★");

		private final String symbol;

		Mark(String symbol) {
			this.symbol = symbol;
		}

		public String symbol() {
			return symbol;
		}

	}

}
