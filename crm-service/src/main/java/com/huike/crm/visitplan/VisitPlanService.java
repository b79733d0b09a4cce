package com.huike.crm.visitplan;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.huike.crm.calendar.WorkingDays;
import com.huike.crm.customer.CustomerCard;
import com.huike.crm.customer.CustomerContact;
import com.huike.crm.customer.CustomerDirectory;
import com.huike.crm.customer.CustomerName;
import com.huike.crm.customer.CustomerNotFoundException;
import com.huike.crm.customer.CustomerReassigned;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.followup.CadenceService;
import com.huike.crm.followup.FollowUpLogged;
import com.huike.crm.followup.FollowUpService;
import com.huike.crm.followup.GradeDecision;
import com.huike.crm.followup.NewFollowUp;
import com.huike.crm.followup.domain.Channel;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.Viewer;
import com.huike.crm.identity.domain.Role;
import com.huike.crm.shared.ConflictException;
import com.huike.crm.shared.NotAllowedException;
import com.huike.crm.shared.NotFoundException;
import com.huike.crm.shared.RuleViolationException;
import com.huike.crm.visitplan.domain.ActionOrigin;
import com.huike.crm.visitplan.domain.PlanStatus;
import com.huike.crm.visitplan.domain.ResultsStatus;
import com.huike.crm.visitplan.domain.VisitAction;
import com.huike.crm.visitplan.domain.VisitActionType;
import com.huike.crm.visitplan.domain.VisitActionTypeRepository;
import com.huike.crm.visitplan.domain.VisitPlan;
import com.huike.crm.visitplan.domain.VisitPlanRepository;
import com.huike.crm.visitplan.domain.VisitPlanSettings;
import com.huike.crm.visitplan.domain.VisitPlanSettingsRepository;
import com.huike.crm.visitplan.domain.VisitPlanTransition;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of the monthly visit plans: generation, the manager's edits, the cycle of
 * submission and approval, the day's list, marking visits done, month-end results.
 * <p>
 * Who sees a plan: its manager, the market manager of the manager's team and the
 * administrator; for anyone else it does not exist (404). Only the manager edits it and
 * marks visits (403 for the others who see it); only the market manager of the team or an
 * administrator approves or rejects, never their own plan. Every change names the version
 * of the plan the user saw: a plan changed meanwhile (another tab) is refused with 409,
 * never overwritten.
 */
@Service
@Transactional(readOnly = true)
public class VisitPlanService {

	/** A plan not submitted by this working day of its month counts as late. */
	static final int SUBMIT_BY_WORKING_DAY = 3;

	private final VisitPlanRepository plans;

	private final VisitActionTypeRepository actionTypes;

	private final VisitPlanSettingsRepository settings;

	private final CustomerDirectory customers;

	private final CadenceService cadences;

	private final WorkingDays workingDays;

	private final IdentityService identity;

	private final FollowUpService followUps;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final VisitPlanBatch batch;

	VisitPlanService(VisitPlanRepository plans, VisitActionTypeRepository actionTypes,
			VisitPlanSettingsRepository settings, CustomerDirectory customers, CadenceService cadences,
			WorkingDays workingDays, IdentityService identity, FollowUpService followUps,
			ApplicationEventPublisher events, Clock clock, VisitPlanBatch batch) {
		this.plans = plans;
		this.actionTypes = actionTypes;
		this.settings = settings;
		this.customers = customers;
		this.cadences = cadences;
		this.workingDays = workingDays;
		this.identity = identity;
		this.followUps = followUps;
		this.events = events;
		this.clock = clock;
		this.batch = batch;
	}

	public YearMonth thisMonth() {
		return YearMonth.now(clock);
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	// reading

	/** The viewer's own plan of the month, if there is one. */
	public Optional<Long> ownPlanId(Viewer viewer, YearMonth month) {
		return plans.findByManagerIdAndMonth(viewer.userId(), month.atDay(1)).map(VisitPlan::getId);
	}

	/**
	 * A manager's plans, newest month first (the viewer's own, or one they supervise).
	 */
	public List<VisitPlanSummary> plansOf(Long managerId, Viewer viewer) {
		if (!visible(managerId, viewer)) {
			throw new NotFoundException("manager", managerId);
		}
		return summaries(plans.findByManagerIdOrderByMonthDesc(managerId));
	}

	public VisitPlanView plan(Long planId, Viewer viewer) {
		return view(load(planId, viewer), viewer);
	}

	/**
	 * The plans of a month the viewer supervises (their teams' managers; every manager
	 * for the administrator), with completion and lateness: the market manager's page.
	 */
	public List<VisitPlanSummary> teamMonth(YearMonth month, Viewer viewer) {
		checkSupervisor(viewer);
		List<VisitPlan> found = viewer.isAdmin() ? plans.findByMonthOrderByManagerId(month.atDay(1))
				: plans.findByManagerIdInAndMonthOrderByManagerId(viewer.teamMemberIds(), month.atDay(1));
		return summaries(found.stream().filter(p -> !p.getManagerId().equals(viewer.userId())).toList());
	}

	/** The plans and results waiting for the viewer's decision. */
	public List<VisitPlanSummary> waiting(Viewer viewer) {
		if (!(viewer.isAdmin() || viewer.has(Role.SUPERVISOR))) {
			return List.of();
		}
		YearMonth month = thisMonth();
		List<VisitPlanSummary> waiting = new ArrayList<>();
		for (YearMonth m : List.of(month.minusMonths(1), month, month.plusMonths(1))) {
			teamMonth(m, viewer).stream()
				.filter(p -> p.status() == PlanStatus.SUBMITTED || p.resultsStatus() == ResultsStatus.SUBMITTED)
				.forEach(waiting::add);
		}
		return waiting;
	}

	/** How many plans and results wait for the viewer's decision (the navigation bar). */
	public long waitingCount(Viewer viewer) {
		if (viewer.isAdmin()) {
			return plans.countAllWaiting(viewer.userId());
		}
		if (!viewer.has(Role.SUPERVISOR) || viewer.teamMemberIds().isEmpty()) {
			return 0;
		}
		return plans.countWaiting(viewer.teamMemberIds(), viewer.userId());
	}

	/**
	 * What waits for the manager on their own plan of this month (the navigation bar): 1
	 * when it is still to be submitted (a draft, or rejected), or its results were
	 * rejected; else 0.
	 */
	public int ownAttentionCount(Viewer viewer) {
		if (!viewer.has(Role.MANAGER)) {
			return 0;
		}
		return plans.findByManagerIdAndMonth(viewer.userId(), thisMonth().atDay(1))
			.map(p -> (p.isEditable() || p.getResultsStatus() == ResultsStatus.REJECTED) ? 1 : 0)
			.orElse(0);
	}

	/** The day's list of a plan, in the manager's order. */
	public DailyList dailyList(Long planId, LocalDate day, Viewer viewer) {
		VisitPlan plan = load(planId, viewer);
		if (day == null || !YearMonth.from(day).equals(plan.yearMonth())) {
			throw new RuleViolationException("day", "visitplan.day.outsideMonth");
		}
		List<VisitAction> ofDay = plan.getActions()
			.stream()
			.filter(a -> a.getDay().equals(day))
			.sorted(Comparator.comparingInt(VisitAction::getPosition).thenComparing(VisitAction::getId))
			.toList();
		Map<Long, CustomerContact> contacts = customers
			.contacts(ofDay.stream().map(VisitAction::getCustomerId).collect(Collectors.toSet()));
		Map<Long, VisitActionType> types = typesById();
		List<DailyListEntry> entries = new ArrayList<>();
		for (VisitAction a : ofDay) {
			CustomerContact c = contacts.get(a.getCustomerId());
			VisitActionType type = types.get(a.getActionTypeId());
			entries.add(new DailyListEntry(a.getId(), a.getPosition(), a.getDay(), a.getCustomerId(),
					(c != null) ? c.code() : null, (c != null) ? c.name() : null, type.getName(), type.getNameEn(),
					a.getNote(), a.mark().symbol(), a.isDone(), a.isTemporary(), a.isCarriedOver(),
					(c != null) ? c.address() : null, (c != null) ? c.mobilePhone() : null,
					(c != null) ? c.officePhone() : null, (c != null) ? c.homePhone() : null));
		}
		boolean own = plan.getManagerId().equals(viewer.userId());
		return new DailyList(plan.getId(), plan.getVersion(), plan.getManagerId(), managerName(plan.getManagerId()),
				day, own && plan.getStatus() == PlanStatus.APPROVED && plan.getResultsStatus().isOpen(),
				own && (plan.isEditable() || plan.getStatus() == PlanStatus.APPROVED), entries);
	}

	// generation

	/**
	 * Drafts the plan of a manager for a month, or regenerates a draft: the viewer's own,
	 * or anyone's for the administrator. Regenerating replaces the drafted actions the
	 * manager has not touched and never duplicates: what the manager added or changed
	 * stays and counts against the customer's visits, carried-over actions are carried
	 * once.
	 * @return the plan's id
	 */
	@Transactional
	public Long generate(Long managerId, YearMonth month, Viewer viewer) {
		if (!(viewer.isAdmin() || (viewer.userId().equals(managerId) && viewer.has(Role.MANAGER)))) {
			throw new NotAllowedException("only the manager or an administrator generates a plan",
					"visitplan.generate.notAllowed");
		}
		if (!identity.isActiveManager(managerId)) {
			throw new NotFoundException("manager", managerId);
		}
		VisitPlan plan = plans.findByManagerIdAndMonth(managerId, month.atDay(1)).orElse(null);
		if (plan != null && !plan.isEditable()) {
			throw new com.huike.crm.visitplan.domain.VisitPlanStateException(plan.getId(), "visitplan.state.locked");
		}
		return generateFor(managerId, month).getId();
	}

	/**
	 * Drafts the missing plans of every active manager for the month (the scheduled run
	 * on the 1st and the catch-up at start-up; the administrator's "for everyone"). A
	 * plan already there is left as it is. The drafts are those {@link #generateFor}
	 * gives a new plan, written in bulk by {@link VisitPlanBatch}, one transaction per
	 * chunk of managers (joining the caller's transaction if there is one), so that
	 * thousands of managers take seconds, not the time of one insert per action.
	 * @return how many plans were created
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public int generateMissing(YearMonth month) {
		List<Long> managers = identity.enabledManagerIds();
		if (managers.isEmpty()) {
			return 0;
		}
		VisitPlanBatch.Rules rules = new VisitPlanBatch.Rules(month,
				VisitPlanGenerator.workingDays(month, workingDays::isWorkingDay), cadences.table().visitDays(),
				maxPerDay(), defaultActionTypeId(), Instant.now(clock));
		return batch.generateMissing(managers, rules);
	}

	/** The administrator's "generate for everyone": the missing plans of the month. */
	@Transactional(propagation = Propagation.SUPPORTS)
	public int generateMissing(YearMonth month, Viewer viewer) {
		if (!viewer.isAdmin()) {
			throw new NotAllowedException("administrators only");
		}
		return generateMissing(month);
	}

	VisitPlan generateFor(Long managerId, YearMonth month) {
		Instant now = Instant.now(clock);
		VisitPlan plan = plans.findByManagerIdAndMonth(managerId, month.atDay(1))
			.orElseGet(() -> plans.save(new VisitPlan(managerId, month, now)));
		plan.removeGenerated(now);
		List<LocalDate> days = VisitPlanGenerator.workingDays(month, workingDays::isWorkingDay);
		int max = maxPerDay();
		Map<LocalDate, Integer> load = VisitPlanGenerator
			.loadOf(plan.getActions().stream().map(VisitAction::getDay).toList());
		Viewer manager = managerViewer(managerId);
		List<VisitPlanGenerator.Candidate> candidates = new ArrayList<>();
		Pageable page = PageRequest.of(0, 1000);
		while (true) {
			Slice<CustomerCard> slice = customers.book(manager, page);
			slice.forEach(c -> candidates.add(new VisitPlanGenerator.Candidate(c.id(), c.grade(), 0)));
			if (!slice.hasNext()) {
				break;
			}
			page = slice.nextPageable();
		}
		Set<Long> book = candidates.stream().map(VisitPlanGenerator.Candidate::customerId).collect(Collectors.toSet());
		// last month's unfinished actions, once each, of the customers still the
		// manager's (one handed over meanwhile is the new manager's to plan)
		plans.findByManagerIdAndMonth(managerId, month.minusMonths(1).atDay(1)).ifPresent(previous -> {
			Set<Long> carried = plan.getActions()
				.stream()
				.map(VisitAction::getCarriedFromId)
				.filter(java.util.Objects::nonNull)
				.collect(Collectors.toSet());
			List<VisitAction> unfinished = previous.getActions()
				.stream()
				.filter(a -> !a.isDone() && !carried.contains(a.getId()) && book.contains(a.getCustomerId()))
				.toList();
			List<LocalDate> at = VisitPlanGenerator.carryOverDays(unfinished.size(), days, max, load);
			for (int i = 0; i < unfinished.size(); i++) {
				plan.carryOver(unfinished.get(i), at.get(i), now);
			}
		});
		Map<Long, Integer> kept = new HashMap<>();
		plan.getActions()
			.stream()
			.filter(a -> a.getOrigin() == ActionOrigin.MANUAL)
			.forEach(a -> kept.merge(a.getCustomerId(), 1, Integer::sum));
		candidates.replaceAll(
				c -> new VisitPlanGenerator.Candidate(c.customerId(), c.grade(), kept.getOrDefault(c.customerId(), 0)));
		Map<Grade, Integer> visitDays = cadences.table().visitDays();
		Long visit = defaultActionTypeId();
		VisitPlanGenerator.Draft draft = VisitPlanGenerator.draft(month, days, candidates, visitDays, max, load);
		draft.placed().forEach(p -> plan.addGenerated(p.customerId(), p.day(), visit, now));
		plans.flush();
		return plan;
	}

	// editing

	@Transactional
	public Long addAction(Long planId, long version, String customerCode, LocalDate day, Long actionTypeId, String note,
			Viewer viewer) {
		VisitPlan plan = loadForManager(planId, version, viewer);
		CustomerCard customer = ownCustomer(plan, customerCode, viewer);
		Long type = activeType(actionTypeId);
		Instant now = Instant.now(clock);
		VisitAction action = plan.isEditable() ? plan.add(customer.id(), day, type, note, now)
				: plan.addTemporary(customer.id(), day, type, note, now);
		plans.flush();
		return action.getId();
	}

	@Transactional
	public void moveAction(Long planId, long version, Long actionId, LocalDate day, Viewer viewer) {
		VisitPlan plan = loadForManager(planId, version, viewer);
		plan.move(actionId, day, Instant.now(clock));
		plans.flush();
	}

	@Transactional
	public void changeAction(Long planId, long version, Long actionId, Long actionTypeId, String note, Viewer viewer) {
		VisitPlan plan = loadForManager(planId, version, viewer);
		plan.change(actionId, activeType(actionTypeId), note, Instant.now(clock));
		plans.flush();
	}

	/** Moves an action to another day and changes its kind and note, in one step. */
	@Transactional
	public void editAction(Long planId, long version, Long actionId, LocalDate day, Long actionTypeId, String note,
			Viewer viewer) {
		VisitPlan plan = loadForManager(planId, version, viewer);
		Instant now = Instant.now(clock);
		Long type = activeType(actionTypeId);
		if (note != null && note.strip().length() > VisitPlan.REASON_MAX) {
			throw new RuleViolationException("note", "visitplan.note.tooLong");
		}
		if (day != null && !day.equals(plan.action(actionId).getDay())) {
			plan.move(actionId, day, now);
		}
		plan.change(actionId, type, note, now);
		plans.flush();
	}

	@Transactional
	public void removeAction(Long planId, long version, Long actionId, Viewer viewer) {
		VisitPlan plan = loadForManager(planId, version, viewer);
		plan.remove(actionId, Instant.now(clock));
		plans.flush();
	}

	/** The manager's order of the day's list. */
	@Transactional
	public void reorder(Long planId, long version, LocalDate day, List<Long> actionIds, Viewer viewer) {
		VisitPlan plan = loadForManager(planId, version, viewer);
		plan.reorder(day, actionIds, Instant.now(clock));
		plans.flush();
	}

	/** Moves one action of a day's list up (-1) or down (+1). */
	@Transactional
	public void moveInList(Long planId, long version, Long actionId, int direction, Viewer viewer) {
		VisitPlan plan = loadForManager(planId, version, viewer);
		VisitAction action = plan.action(actionId);
		List<Long> order = new ArrayList<>(plan.getActions()
			.stream()
			.filter(a -> a.getDay().equals(action.getDay()))
			.sorted(Comparator.comparingInt(VisitAction::getPosition).thenComparing(VisitAction::getId))
			.map(VisitAction::getId)
			.toList());
		int index = order.indexOf(actionId);
		int target = index + Integer.signum(direction);
		if (target >= 0 && target < order.size()) {
			order.set(index, order.get(target));
			order.set(target, actionId);
		}
		plan.reorder(action.getDay(), order, Instant.now(clock));
		plans.flush();
	}

	// the cycle

	@Transactional
	public void submit(Long planId, long version, Viewer viewer) {
		VisitPlan plan = loadForManager(planId, version, viewer);
		Instant now = Instant.now(clock);
		plan.submit(viewer.userId(), now);
		plans.flush();
		events.publishEvent(new VisitPlanSubmitted(plan.getId(), plan.getManagerId(), plan.yearMonth(), now));
	}

	@Transactional
	public void approve(Long planId, long version, Viewer viewer) {
		VisitPlan plan = loadForDecision(planId, version, viewer);
		Instant now = Instant.now(clock);
		plan.approve(viewer.userId(), now);
		plans.flush();
		events.publishEvent(
				new VisitPlanApproved(plan.getId(), plan.getManagerId(), plan.yearMonth(), viewer.userId(), now));
	}

	@Transactional
	public void reject(Long planId, long version, String reason, Viewer viewer) {
		VisitPlan plan = loadForDecision(planId, version, viewer);
		Instant now = Instant.now(clock);
		plan.reject(viewer.userId(), now, reason);
		plans.flush();
		events.publishEvent(new VisitPlanRejected(plan.getId(), plan.getManagerId(), plan.yearMonth(), viewer.userId(),
				plan.getReason(), now));
	}

	/**
	 * 点选拜访情况: the visit took place. Logs the follow-up (channel 拜访) with the grade
	 * re-decided, in the follow-up feature, and marks the action done with it: one entry
	 * on the customer's timeline, not two.
	 */
	@Transactional
	public void markDone(Long planId, long version, Long actionId, MarkDone command, Viewer viewer) {
		VisitPlan plan = loadForManager(planId, version, viewer);
		VisitAction action = plan.action(actionId);
		if (action.isDone()) {
			throw new com.huike.crm.visitplan.domain.VisitPlanStateException(planId, "visitplan.state.alreadyDone");
		}
		if (plan.getStatus() != PlanStatus.APPROVED || !plan.getResultsStatus().isOpen()) {
			throw new com.huike.crm.visitplan.domain.VisitPlanStateException(planId, "visitplan.state.notApproved");
		}
		if (action.getDay().isAfter(today())) {
			throw new RuleViolationException("content", "visitplan.done.future");
		}
		CustomerCard customer = customers.editable(action.getCustomerId(), viewer);
		VisitActionType type = actionTypes.findById(action.getActionTypeId()).orElseThrow();
		LocalDateTime when = action.getDay().equals(today()) ? LocalDateTime.now(clock) : action.getDay().atTime(17, 0);
		String content = (command.content() == null) ? null : command.content().strip();
		if (content != null && content.length() > 2000) {
			throw new RuleViolationException("content", "visitplan.done.contentTooLong");
		}
		FollowUpLogged logged = followUps.log(new NewFollowUp(customer.id(), when, Channel.VISIT, content,
				command.outcome(), null, new GradeDecision(customer.dealStatus(), customer.importance(),
						customer.urgency(), customer.need(), command.grade(), command.reason())),
				viewer);
		String result = type.getName() + ((content == null || content.isBlank()) ? "" : "：" + content);
		plan.markDone(actionId, viewer.userId(), Instant.now(clock), logged.followUpId(),
				result.length() > VisitPlan.REASON_MAX ? result.substring(0, VisitPlan.REASON_MAX) : result);
		plans.flush();
	}

	/** What the mark-done form shows of the customer: its grade and views. */
	public CustomerCard customerOf(Long planId, Long actionId, Viewer viewer) {
		VisitPlan plan = load(planId, viewer);
		return customers.card(plan.action(actionId).getCustomerId(), viewer);
	}

	@Transactional
	public void submitResults(Long planId, long version, Map<Long, String> notDoneReasons, Viewer viewer) {
		VisitPlan plan = loadForManager(planId, version, viewer);
		Instant now = Instant.now(clock);
		plan.submitResults(viewer.userId(), now, notDoneReasons);
		plans.flush();
		events.publishEvent(new VisitResultsDecided(plan.getId(), plan.getManagerId(), plan.yearMonth(),
				ResultsStatus.SUBMITTED, viewer.userId(), null, now));
	}

	@Transactional
	public void approveResults(Long planId, long version, Viewer viewer) {
		VisitPlan plan = loadForDecision(planId, version, viewer);
		Instant now = Instant.now(clock);
		plan.approveResults(viewer.userId(), now);
		plans.flush();
		events.publishEvent(new VisitResultsDecided(plan.getId(), plan.getManagerId(), plan.yearMonth(),
				ResultsStatus.APPROVED, viewer.userId(), null, now));
	}

	@Transactional
	public void rejectResults(Long planId, long version, String reason, Viewer viewer) {
		VisitPlan plan = loadForDecision(planId, version, viewer);
		Instant now = Instant.now(clock);
		plan.rejectResults(viewer.userId(), now, reason);
		plans.flush();
		events.publishEvent(new VisitResultsDecided(plan.getId(), plan.getManagerId(), plan.yearMonth(),
				ResultsStatus.REJECTED, viewer.userId(), plan.getResultsReason(), now));
	}

	/**
	 * A customer handed to another manager takes its open actions of this month and the
	 * months ahead along: they leave the previous manager's plans (a closed month aside,
	 * see {@link VisitPlan#handOver}) and join the new manager's plan of the same month
	 * where there is one (a draft's own actions, or temporary tasks ● of an approved
	 * plan, see {@link VisitPlan#receive}); a month without a plan of the new manager
	 * drafts the customer from its grade when it is generated. Runs in the hand-over's
	 * transaction, like the care tasks and demand registrations that follow the customer.
	 */
	@EventListener
	@Transactional
	public void onCustomerReassigned(CustomerReassigned event) {
		Instant now = Instant.now(clock);
		LocalDate from = thisMonth().atDay(1);
		Map<LocalDate, VisitPlan> target = new HashMap<>();
		if (event.newOwnerId() != null) {
			plans.findByManagerIdAndMonthGreaterThanEqual(event.newOwnerId(), from)
				.forEach(p -> target.put(p.getMonth(), p));
		}
		plans.findByManagerIdAndMonthGreaterThanEqual(event.previousOwnerId(), from).forEach(plan -> {
			List<VisitPlan.HandedOver> leaving = plan.handOver(event.customerId(), now);
			VisitPlan next = target.get(plan.getMonth());
			if (!leaving.isEmpty() && next != null) {
				next.receive(event.customerId(), leaving, now);
			}
		});
		plans.flush();
	}

	// action types

	/** The kinds of action, active ones first in their order (every form's choices). */
	public List<ActionTypeView> actionTypes(boolean activeOnly) {
		return actionTypes.findAllByOrderByPositionAscIdAsc()
			.stream()
			.filter(t -> !activeOnly || t.isActive())
			.map(t -> new ActionTypeView(t.getId(), t.getName(), t.getNameEn(), t.getPosition(), t.isActive(),
					t.getVersion()))
			.toList();
	}

	public int maxPerDay() {
		return settings.findById(VisitPlanSettings.SINGLETON_ID).map(VisitPlanSettings::getMaxPerDay).orElse(8);
	}

	// loading and checks

	private VisitPlan load(Long planId, Viewer viewer) {
		return plans.findById(planId)
			.filter(p -> visible(p.getManagerId(), viewer))
			.orElseThrow(() -> new NotFoundException("visit plan", planId));
	}

	private VisitPlan loadForManager(Long planId, long version, Viewer viewer) {
		VisitPlan plan = load(planId, viewer);
		if (!plan.getManagerId().equals(viewer.userId())) {
			throw new NotAllowedException("only the plan's manager", "visitplan.notTheManager");
		}
		checkVersion(plan, version);
		return plan;
	}

	private VisitPlan loadForDecision(Long planId, long version, Viewer viewer) {
		VisitPlan plan = load(planId, viewer);
		if (plan.getManagerId().equals(viewer.userId())) {
			throw new NotAllowedException("nobody approves their own plan", "visitplan.ownPlan");
		}
		if (!mayDecide(plan, viewer)) {
			throw new NotAllowedException("only the market manager of the team", "visitplan.notTheSupervisor");
		}
		checkVersion(plan, version);
		return plan;
	}

	private static void checkVersion(VisitPlan plan, long version) {
		if (plan.getVersion() != version) {
			throw new ConflictException("visit plan " + plan.getId() + " changed", ConflictException.VERSION,
					Map.of("currentVersion", plan.getVersion()), "visitplan.version.conflict");
		}
	}

	private static boolean visible(Long managerId, Viewer viewer) {
		return viewer.isAdmin() || viewer.ownsOrSupervises(managerId);
	}

	private static boolean mayDecide(VisitPlan plan, Viewer viewer) {
		if (plan.getManagerId().equals(viewer.userId())) {
			return false;
		}
		return viewer.isAdmin()
				|| (viewer.has(Role.SUPERVISOR) && viewer.teamMemberIds().contains(plan.getManagerId()));
	}

	private static void checkSupervisor(Viewer viewer) {
		if (!(viewer.isAdmin() || viewer.has(Role.SUPERVISOR))) {
			throw new NotAllowedException("supervisors only");
		}
	}

	private CustomerCard ownCustomer(VisitPlan plan, String customerCode, Viewer viewer) {
		if (customerCode == null || customerCode.isBlank()) {
			throw new RuleViolationException("customerCode", "visitplan.customer.required");
		}
		CustomerCard card;
		try {
			card = customers.findByCode(customerCode, viewer).orElseThrow(() -> new CustomerNotFoundException(null));
		}
		catch (CustomerNotFoundException ex) {
			throw new RuleViolationException("customerCode", "visitplan.customer.notFound");
		}
		if (!plan.getManagerId().equals(card.ownerId())) {
			throw new RuleViolationException("customerCode", "visitplan.customer.notFound");
		}
		return card;
	}

	private Long activeType(Long actionTypeId) {
		if (actionTypeId == null) {
			throw new RuleViolationException("actionTypeId", "visitplan.actionType.required");
		}
		return actionTypes.findById(actionTypeId)
			.filter(VisitActionType::isActive)
			.map(VisitActionType::getId)
			.orElseThrow(() -> new RuleViolationException("actionTypeId", "visitplan.actionType.required"));
	}

	/** The kind drafted visits get: 拜访, or the first active kind. */
	private Long defaultActionTypeId() {
		return actionTypes.findByName("拜访")
			.filter(VisitActionType::isActive)
			.or(() -> actionTypes.findAllByOrderByPositionAscIdAsc()
				.stream()
				.filter(VisitActionType::isActive)
				.findFirst())
			.map(VisitActionType::getId)
			.orElseThrow(() -> new IllegalStateException("no active visit action type"));
	}

	private Map<Long, VisitActionType> typesById() {
		return actionTypes.findAll().stream().collect(Collectors.toMap(VisitActionType::getId, t -> t));
	}

	private Viewer managerViewer(Long managerId) {
		String username = identity.summaries(Set.of(managerId)).get(managerId).username();
		return identity.viewer(username).orElseThrow(() -> new NotFoundException("manager", managerId));
	}

	private String managerName(Long managerId) {
		return identity.displayNames(Set.of(managerId)).get(managerId);
	}

	private List<VisitPlanSummary> summaries(List<VisitPlan> found) {
		Map<Long, String> names = identity
			.displayNames(found.stream().map(VisitPlan::getManagerId).collect(Collectors.toSet()));
		LocalDate today = today();
		return found.stream().map(p -> {
			int done = (int) p.getActions().stream().filter(VisitAction::isDone).count();
			return new VisitPlanSummary(p.getId(), p.getManagerId(), names.get(p.getManagerId()), p.yearMonth(),
					p.getStatus(), p.getResultsStatus(), p.getActions().size(), done, p.completionPercent(),
					p.getSubmittedAt(), late(p.getMonth(), p.getStatus(), p.getSubmittedAt(), today));
		}).toList();
	}

	/**
	 * Submitted after the first working days of its month, or not at all by now (while
	 * the manager still edits it).
	 */
	private boolean late(LocalDate month, PlanStatus status, Instant submittedAt, LocalDate today) {
		LocalDate due = workingDays.addWorkingDays(month.minusDays(1), SUBMIT_BY_WORKING_DAY);
		return (submittedAt == null) ? (status.isEditable() && today.isAfter(due))
				: submittedAt.atZone(clock.getZone()).toLocalDate().isAfter(due);
	}

	/**
	 * The plans of the months from {@code from} to {@code to} of these managers
	 * ({@code null}: every manager), oldest month first, with completion and lateness as
	 * the market manager's page counts them: for the dashboards, which scope them as the
	 * books their viewer sees. One aggregate query, no plan loaded.
	 */
	public List<VisitPlanSummary> figures(Collection<Long> managers, YearMonth from, YearMonth to) {
		if (managers != null && managers.isEmpty()) {
			return List.of();
		}
		List<VisitPlanRepository.PlanCounts> found = (managers == null)
				? plans.countsOfMonths(from.atDay(1), to.atDay(1))
				: plans.countsOfMonths(managers, from.atDay(1), to.atDay(1));
		Map<Long, String> names = identity
			.displayNames(found.stream().map(VisitPlanRepository.PlanCounts::managerId).collect(Collectors.toSet()));
		LocalDate today = today();
		return found.stream()
			.map(p -> new VisitPlanSummary(p.id(), p.managerId(), names.get(p.managerId()), YearMonth.from(p.month()),
					p.status(), p.resultsStatus(), (int) p.actions(), (int) p.done(),
					VisitPlan.completionPercent(p.done(), p.actions()), p.submittedAt(),
					late(p.month(), p.status(), p.submittedAt(), today)))
			.toList();
	}

	private VisitPlanView view(VisitPlan plan, Viewer viewer) {
		YearMonth month = plan.yearMonth();
		Map<Long, CustomerName> names = customers
			.names(plan.getActions().stream().map(VisitAction::getCustomerId).collect(Collectors.toSet()));
		Map<Long, VisitActionType> types = typesById();
		List<VisitPlanView.Action> actions = new ArrayList<>();
		for (VisitAction a : plan.getActions()) {
			CustomerName c = names.get(a.getCustomerId());
			VisitActionType t = types.get(a.getActionTypeId());
			actions.add(new VisitPlanView.Action(a.getId(), a.getCustomerId(), (c != null) ? c.code() : null,
					(c != null) ? c.name() : null, a.getDay(), a.getActionTypeId(), t.getName(), t.getNameEn(),
					a.getNote(), a.getOrigin(), a.mark().symbol(), a.isDone(), a.getDoneAt(), a.getResult(),
					a.getNotDoneReason(), a.getFollowUpId(), a.getPosition()));
		}
		int max = maxPerDay();
		Map<LocalDate, List<VisitPlanView.Action>> byDay = new TreeMap<>();
		actions.forEach(a -> byDay.computeIfAbsent(a.day(), d -> new ArrayList<>()).add(a));
		List<VisitPlanView.Week> weeks = new ArrayList<>();
		LocalDate start = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate end = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		List<VisitPlanView.Day> week = new ArrayList<>();
		for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
			List<VisitPlanView.Action> of = byDay.getOrDefault(d, List.of());
			boolean in = YearMonth.from(d).equals(month);
			week.add(new VisitPlanView.Day(d, in, in && workingDays.isWorkingDay(d), in ? of.size() : 0,
					in && of.size() > max,
					in ? of.stream().map(VisitPlanView.Action::mark).collect(Collectors.joining()) : ""));
			if (week.size() == 7) {
				weeks.add(new VisitPlanView.Week(List.copyOf(week)));
				week.clear();
			}
		}
		List<LocalDate> days = new ArrayList<>();
		for (int d = 1; d <= month.lengthOfMonth(); d++) {
			days.add(month.atDay(d));
		}
		Map<Long, String[]> cells = new LinkedHashMap<>();
		actions.stream()
			.sorted(Comparator.comparing(VisitPlanView.Action::customerCode,
					Comparator.nullsLast(Comparator.naturalOrder())))
			.forEach(a -> {
				String[] row = cells.computeIfAbsent(a.customerId(), k -> new String[days.size()]);
				int i = a.day().getDayOfMonth() - 1;
				row[i] = (row[i] == null) ? a.mark() : row[i] + a.mark();
			});
		List<VisitPlanView.GridRow> grid = new ArrayList<>();
		cells.forEach((customerId, row) -> {
			CustomerName c = names.get(customerId);
			List<String> list = new ArrayList<>();
			for (String cell : row) {
				list.add((cell == null) ? "" : cell);
			}
			grid.add(new VisitPlanView.GridRow(customerId, (c != null) ? c.code() : null, (c != null) ? c.name() : null,
					list));
		});
		Set<Long> people = new HashSet<>();
		people.add(plan.getManagerId());
		plan.getTransitions().forEach(t -> people.add(t.getByUser()));
		Map<Long, String> who = identity.displayNames(people);
		List<VisitPlanView.TransitionEntry> transitions = new ArrayList<>();
		for (VisitPlanTransition t : plan.getTransitions()) {
			transitions.add(new VisitPlanView.TransitionEntry(t.getSubject(), t.getFromStatus(), t.getToStatus(),
					who.get(t.getByUser()), t.getAt(), t.getReason()));
		}
		boolean own = plan.getManagerId().equals(viewer.userId());
		boolean approved = plan.getStatus() == PlanStatus.APPROVED;
		boolean resultsOpen = plan.getResultsStatus().isOpen();
		boolean decide = mayDecide(plan, viewer);
		VisitPlanView.Permissions can = new VisitPlanView.Permissions(own && plan.isEditable(),
				own && plan.isEditable() && !actions.isEmpty(), decide && plan.getStatus() == PlanStatus.SUBMITTED,
				own && approved && resultsOpen, own && approved && resultsOpen, own && approved && resultsOpen,
				decide && plan.getResultsStatus() == ResultsStatus.SUBMITTED, own && plan.isEditable());
		int done = (int) actions.stream().filter(VisitPlanView.Action::done).count();
		return new VisitPlanView(plan.getId(), plan.getManagerId(), who.get(plan.getManagerId()), month,
				plan.getStatus(), plan.getResultsStatus(), plan.getReason(), plan.getResultsReason(),
				plan.getSubmittedAt(), plan.getVersion(), plan.completionPercent(), done, actions, weeks, days, grid,
				transitions, can);
	}

}
