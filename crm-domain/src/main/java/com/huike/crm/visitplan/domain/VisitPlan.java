package com.huike.crm.visitplan.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import org.hibernate.annotations.BatchSize;
import lombok.Getter;
import lombok.NoArgsConstructor;

import com.huike.crm.shared.NotAllowedException;
import com.huike.crm.shared.NotFoundException;
import com.huike.crm.shared.RuleViolationException;

/**
 * A customer manager's plan of one month (客户经理工作法): the planned service actions, the
 * plan's state and the state of its month-end results, and the record of every
 * transition. Every change goes through a method that checks the state first and leaves
 * the plan unchanged when it refuses; every change also moves {@code changedAt}, so that
 * the plan's version covers its actions and two tabs never overwrite each other.
 * <p>
 * The manager edits a draft (计划) or a rejected plan (计划驳回) and submits it (已提交: locked
 * for the manager); someone else approves it (已审批) or rejects it with a reason. After the
 * approval the manager marks visits done and may add temporary tasks (临时任务), until the
 * month-end results are submitted; those are approved or rejected (then resubmitted). Who
 * may approve (the market manager of the manager's team, or an administrator) is the
 * service's check; that nobody approves their own plan is checked here too.
 */
@Entity
@Table(name = "visit_plan")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class VisitPlan {

	public static final int REASON_MAX = 500;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "manager_id", nullable = false, updatable = false)
	private Long managerId;

	/** The first day of the month. */
	@Column(nullable = false, updatable = false)
	private LocalDate month;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PlanStatus status = PlanStatus.PLANNED;

	@Enumerated(EnumType.STRING)
	@Column(name = "results_status", nullable = false)
	private ResultsStatus resultsStatus = ResultsStatus.OPEN;

	/** Why the plan was last rejected (shown to the manager while revising). */
	private String reason;

	/** Why the results were last rejected. */
	@Column(name = "results_reason")
	private String resultsReason;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "changed_at", nullable = false)
	private Instant changedAt;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	/**
	 * Batched: a list of plans (a team's month) loads their actions in a few queries, not
	 * one per plan.
	 */
	@OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("day, position, id")
	@BatchSize(size = 50)
	private List<VisitAction> actions = new ArrayList<>();

	@OneToMany(mappedBy = "plan", cascade = CascadeType.ALL)
	@OrderBy("at, id")
	private List<VisitPlanTransition> transitions = new ArrayList<>();

	public VisitPlan(Long managerId, YearMonth month, Instant now) {
		this.managerId = Objects.requireNonNull(managerId, "managerId");
		this.month = month.atDay(1);
		this.createdAt = now;
		this.changedAt = now;
	}

	public YearMonth yearMonth() {
		return YearMonth.from(month);
	}

	public List<VisitAction> getActions() {
		return Collections.unmodifiableList(actions);
	}

	public List<VisitPlanTransition> getTransitions() {
		return Collections.unmodifiableList(transitions);
	}

	public VisitAction action(Long actionId) {
		return actions.stream()
			.filter(a -> a.getId() != null && a.getId().equals(actionId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("visit action", actionId));
	}

	// editing the draft

	/** The manager adds an action to the draft (or the rejected plan being revised). */
	public VisitAction add(Long customerId, LocalDate day, Long actionTypeId, String note, Instant now) {
		requireEditable();
		return append(customerId, day, actionTypeId, note, ActionOrigin.MANUAL, null, now);
	}

	/** Generation adds a drafted visit (the service checked the plan is editable). */
	public VisitAction addGenerated(Long customerId, LocalDate day, Long actionTypeId, Instant now) {
		requireEditable();
		return append(customerId, day, actionTypeId, null, ActionOrigin.GENERATED, null, now);
	}

	/**
	 * Carries an unfinished action of last month into this plan, once: an action already
	 * carried is not carried again.
	 * @return false when it was carried already
	 */
	public boolean carryOver(VisitAction unfinished, LocalDate day, Instant now) {
		requireEditable();
		if (actions.stream().anyMatch(a -> unfinished.getId().equals(a.getCarriedFromId()))) {
			return false;
		}
		append(unfinished.getCustomerId(), day, unfinished.getActionTypeId(), unfinished.getNote(),
				ActionOrigin.CARRIED, unfinished.getId(), now);
		return true;
	}

	/**
	 * Removes the drafted actions the manager has not touched (before a regeneration).
	 */
	public int removeGenerated(Instant now) {
		requireEditable();
		int before = actions.size();
		actions.removeIf(a -> a.getOrigin() == ActionOrigin.GENERATED);
		if (actions.size() != before) {
			changedAt = now;
		}
		return before - actions.size();
	}

	/**
	 * The customer was handed to another manager: its open (not done) actions leave this
	 * plan, whatever its state until its month-end results are submitted — a draft, a
	 * plan waiting for approval (the market manager sees it as it now is; the version
	 * moves, so an approval from an older page is refused) and an approved plan: there
	 * the previous manager can no longer open the customer, so the visit could neither be
	 * marked done nor carried over, and month end would ask a reason for work that is no
	 * longer theirs. Done visits stay: they were this manager's work. A month whose
	 * results are submitted or approved is closed and keeps its record.
	 * @return what left, for the new manager's plan ({@link #receive})
	 */
	public List<HandedOver> handOver(Long customerId, Instant now) {
		if (status == PlanStatus.APPROVED && !resultsStatus.isOpen()) {
			return List.of();
		}
		List<HandedOver> leaving = actions.stream()
			.filter(a -> a.getCustomerId().equals(customerId) && !a.isDone())
			.map(a -> new HandedOver(a.getDay(), a.getActionTypeId(), a.getNote()))
			.toList();
		if (!leaving.isEmpty()) {
			actions.removeIf(a -> a.getCustomerId().equals(customerId) && !a.isDone());
			changedAt = now;
		}
		return leaving;
	}

	/**
	 * The customer handed to this plan's manager brings its open actions of this month
	 * along, on their days: into a draft, a rejected plan or one waiting for approval as
	 * the manager's own actions (regeneration keeps them); into an approved plan as
	 * temporary tasks (临时任务 ●), as the manager would add them. A closed month (results
	 * submitted) takes nothing; an action already planned for that customer on that day
	 * is not doubled.
	 * @return how many actions were added
	 */
	public int receive(Long customerId, List<HandedOver> handed, Instant now) {
		if (status == PlanStatus.APPROVED && !resultsStatus.isOpen()) {
			return 0;
		}
		ActionOrigin origin = (status == PlanStatus.APPROVED) ? ActionOrigin.TEMPORARY : ActionOrigin.MANUAL;
		int added = 0;
		for (HandedOver h : handed) {
			boolean planned = actions.stream()
				.anyMatch(a -> a.getCustomerId().equals(customerId) && a.getDay().equals(h.day()) && !a.isDone());
			if (!planned && YearMonth.from(h.day()).equals(yearMonth())) {
				append(customerId, h.day(), h.actionTypeId(), h.note(), origin, null, now);
				added++;
			}
		}
		return added;
	}

	/** An open action of a customer handed to another manager: its day, kind and note. */
	public record HandedOver(LocalDate day, Long actionTypeId, String note) {

	}

	public void remove(Long actionId, Instant now) {
		requireEditable();
		actions.remove(action(actionId));
		changedAt = now;
	}

	public void move(Long actionId, LocalDate day, Instant now) {
		VisitAction action = action(actionId);
		requireEditableOrOwnTemporary(action);
		requireInMonth(day);
		action.moveTo(day, nextPosition(day));
		changedAt = now;
	}

	public void change(Long actionId, Long actionTypeId, String note, Instant now) {
		VisitAction action = action(actionId);
		requireEditableOrOwnTemporary(action);
		action.change(actionTypeId, note);
		changedAt = now;
	}

	/**
	 * The manager's order of a day's list: the actions of that day in the order given.
	 */
	public void reorder(LocalDate day, List<Long> actionIds, Instant now) {
		if (!status.isEditable() && status != PlanStatus.APPROVED) {
			throw new VisitPlanStateException(id, "visitplan.state.locked");
		}
		int position = 1;
		for (Long actionId : actionIds) {
			VisitAction action = action(actionId);
			if (action.getDay().equals(day)) {
				action.placeAt(position++);
			}
		}
		changedAt = now;
	}

	/** After the approval the manager may add temporary tasks (临时任务), until month end. */
	public VisitAction addTemporary(Long customerId, LocalDate day, Long actionTypeId, String note, Instant now) {
		if (status != PlanStatus.APPROVED) {
			throw new VisitPlanStateException(id, "visitplan.state.temporaryNeedsApproval");
		}
		requireResultsOpen();
		return append(customerId, day, actionTypeId, note, ActionOrigin.TEMPORARY, null, now);
	}

	// the cycle

	public void submit(Long by, Instant now) {
		requireManager(by);
		if (!status.isEditable()) {
			throw new VisitPlanStateException(id, "visitplan.state.notSubmittable");
		}
		if (actions.isEmpty()) {
			throw new RuleViolationException(null, "visitplan.submit.empty");
		}
		transition(PlanStatus.SUBMITTED, by, now, null);
		submittedAt = now;
	}

	public void approve(Long by, Instant now) {
		requireNotOwn(by);
		if (status != PlanStatus.SUBMITTED) {
			throw new VisitPlanStateException(id, "visitplan.state.notSubmitted");
		}
		transition(PlanStatus.APPROVED, by, now, null);
		reason = null;
	}

	public void reject(Long by, Instant now, String why) {
		requireNotOwn(by);
		String text = requireReason(why);
		if (status != PlanStatus.SUBMITTED) {
			throw new VisitPlanStateException(id, "visitplan.state.notSubmitted");
		}
		transition(PlanStatus.REJECTED, by, now, text);
		reason = text;
	}

	/** 点选拜访情况: the visit took place (the follow-up logged with it). */
	public void markDone(Long actionId, Long by, Instant now, Long followUpId, String result) {
		requireManager(by);
		requireApprovedAndOpen();
		VisitAction action = action(actionId);
		if (action.isDone()) {
			throw new VisitPlanStateException(id, "visitplan.state.alreadyDone");
		}
		action.done(now, followUpId, result);
		changedAt = now;
	}

	/**
	 * Month end: the manager submits the results, a reason for every action not done.
	 * @param notDoneReasons reasons by action id
	 */
	public void submitResults(Long by, Instant now, Map<Long, String> notDoneReasons) {
		requireManager(by);
		requireApprovedAndOpen();
		List<RuleViolationException.Violation> missing = new ArrayList<>();
		for (VisitAction action : actions) {
			if (action.isDone()) {
				continue;
			}
			String why = reasonOf(action, notDoneReasons);
			if (why == null || why.isBlank()) {
				missing.add(new RuleViolationException.Violation("reason" + action.getId(),
						"visitplan.results.reasonRequired"));
			}
			else if (why.strip().length() > REASON_MAX) {
				missing
					.add(new RuleViolationException.Violation("reason" + action.getId(), "visitplan.reason.tooLong"));
			}
		}
		if (!missing.isEmpty()) {
			throw new RuleViolationException(missing);
		}
		actions.stream().filter(a -> !a.isDone()).forEach(a -> a.notDone(reasonOf(a, notDoneReasons)));
		ResultsStatus from = resultsStatus;
		resultsStatus = ResultsStatus.SUBMITTED;
		record(Transition.RESULTS, from, resultsStatus, by, now, null);
	}

	private static String reasonOf(VisitAction action, Map<Long, String> reasons) {
		return (action.getId() == null) ? null : reasons.get(action.getId());
	}

	public void approveResults(Long by, Instant now) {
		requireNotOwn(by);
		if (resultsStatus != ResultsStatus.SUBMITTED) {
			throw new VisitPlanStateException(id, "visitplan.state.resultsNotSubmitted");
		}
		resultsStatus = ResultsStatus.APPROVED;
		resultsReason = null;
		record(Transition.RESULTS, ResultsStatus.SUBMITTED, resultsStatus, by, now, null);
	}

	public void rejectResults(Long by, Instant now, String why) {
		requireNotOwn(by);
		String text = requireReason(why);
		if (resultsStatus != ResultsStatus.SUBMITTED) {
			throw new VisitPlanStateException(id, "visitplan.state.resultsNotSubmitted");
		}
		resultsStatus = ResultsStatus.REJECTED;
		resultsReason = text;
		record(Transition.RESULTS, ResultsStatus.SUBMITTED, resultsStatus, by, now, text);
	}

	/** Share of the actions done, 0–100 (0 for an empty plan). */
	public int completionPercent() {
		return completionPercent(actions.stream().filter(VisitAction::isDone).count(), actions.size());
	}

	/** The share of the actions done, in whole per cent (0 without actions). */
	public static int completionPercent(long done, long actions) {
		return (actions == 0) ? 0 : (int) Math.round(done * 100.0 / actions);
	}

	// guards

	public boolean isEditable() {
		return status.isEditable();
	}

	private void requireEditable() {
		if (!status.isEditable()) {
			throw new VisitPlanStateException(id, "visitplan.state.locked");
		}
	}

	private void requireEditableOrOwnTemporary(VisitAction action) {
		if (status.isEditable()) {
			return;
		}
		if (status == PlanStatus.APPROVED && action.isTemporary() && !action.isDone() && resultsStatus.isOpen()) {
			return;
		}
		throw new VisitPlanStateException(id, "visitplan.state.locked");
	}

	private void requireApprovedAndOpen() {
		if (status != PlanStatus.APPROVED) {
			throw new VisitPlanStateException(id, "visitplan.state.notApproved");
		}
		requireResultsOpen();
	}

	private void requireResultsOpen() {
		if (!resultsStatus.isOpen()) {
			throw new VisitPlanStateException(id, "visitplan.state.resultsSubmitted");
		}
	}

	private void requireManager(Long by) {
		if (!managerId.equals(by)) {
			throw new NotAllowedException("only the plan's manager", "visitplan.notTheManager");
		}
	}

	private void requireNotOwn(Long by) {
		if (managerId.equals(by)) {
			throw new NotAllowedException("nobody approves their own plan", "visitplan.ownPlan");
		}
	}

	private static String requireReason(String why) {
		if (why == null || why.isBlank()) {
			throw new RuleViolationException("reason", "visitplan.reason.required");
		}
		if (why.strip().length() > REASON_MAX) {
			throw new RuleViolationException("reason", "visitplan.reason.tooLong");
		}
		return why.strip();
	}

	private void requireInMonth(LocalDate day) {
		if (day == null || !YearMonth.from(day).equals(yearMonth())) {
			throw new RuleViolationException("day", "visitplan.day.outsideMonth");
		}
	}

	private VisitAction append(Long customerId, LocalDate day, Long actionTypeId, String note, ActionOrigin origin,
			Long carriedFrom, Instant now) {
		requireInMonth(day);
		if (customerId == null) {
			throw new RuleViolationException("customerId", "visitplan.customer.required");
		}
		if (actionTypeId == null) {
			throw new RuleViolationException("actionTypeId", "visitplan.actionType.required");
		}
		if (note != null && note.strip().length() > REASON_MAX) {
			throw new RuleViolationException("note", "visitplan.note.tooLong");
		}
		VisitAction action = new VisitAction(this, customerId, day, actionTypeId, note, origin, carriedFrom,
				nextPosition(day));
		actions.add(action);
		changedAt = now;
		return action;
	}

	private int nextPosition(LocalDate day) {
		return actions.stream()
			.filter(a -> a.getDay().equals(day))
			.map(VisitAction::getPosition)
			.max(Comparator.naturalOrder())
			.orElse(0) + 1;
	}

	private void transition(PlanStatus to, Long by, Instant now, String why) {
		PlanStatus from = status;
		status = to;
		record(Transition.PLAN, from, to, by, now, why);
	}

	private void record(Transition subject, Enum<?> from, Enum<?> to, Long by, Instant now, String why) {
		transitions.add(new VisitPlanTransition(this, subject, from, to, by, now, why));
		changedAt = now;
	}

}
