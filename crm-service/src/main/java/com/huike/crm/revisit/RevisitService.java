package com.huike.crm.revisit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.huike.crm.calendar.WorkingDays;
import com.huike.crm.complaint.ComplaintService;
import com.huike.crm.complaint.ComplaintSettingsService;
import com.huike.crm.complaint.ConfigOption;
import com.huike.crm.complaint.NewComplaint;
import com.huike.crm.customer.CustomerContact;
import com.huike.crm.customer.CustomerDirectory;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.Viewer;
import com.huike.crm.revisit.domain.Revisit;
import com.huike.crm.revisit.domain.RevisitAttempt;
import com.huike.crm.revisit.domain.RevisitItem;
import com.huike.crm.revisit.domain.RevisitItemRepository;
import com.huike.crm.revisit.domain.RevisitRepository;
import com.huike.crm.revisit.domain.RevisitScore;
import com.huike.crm.revisit.domain.RevisitScriptRepository;
import com.huike.crm.revisit.domain.RevisitSettings;
import com.huike.crm.revisit.domain.RevisitSettingsRepository;
import com.huike.crm.revisit.domain.RevisitStatus;
import com.huike.crm.revisit.domain.TimeSlot;
import com.huike.crm.shared.ConflictException;
import com.huike.crm.shared.NotFoundException;
import com.huike.crm.shared.RuleViolationException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agents' work on revisits: the queue in due order, the call page, and the outcome of
 * a call — not reached (the revisit moves to another time slot, or is closed as
 * unreachable after the last attempt allowed) or reached (the service items scored). Only
 * call-center agents (403 for anyone else). Every outcome names the version of the
 * revisit the agent saw: a revisit changed meanwhile (another tab, another agent) is
 * refused with 409, never overwritten.
 */
@Service
@Transactional(readOnly = true)
public class RevisitService {

	public static final int MAX_PAGE = 100;

	private final RevisitRepository revisits;

	private final RevisitItemRepository items;

	private final RevisitScriptRepository scripts;

	private final RevisitSettingsRepository settings;

	private final CustomerDirectory customers;

	private final IdentityService identity;

	private final WorkingDays workingDays;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final ComplaintService complaints;

	private final ComplaintSettingsService complaintSettings;

	RevisitService(RevisitRepository revisits, RevisitItemRepository items, RevisitScriptRepository scripts,
			RevisitSettingsRepository settings, CustomerDirectory customers, IdentityService identity,
			WorkingDays workingDays, JdbcTemplate jdbc, Clock clock, ComplaintService complaints,
			ComplaintSettingsService complaintSettings) {
		this.complaints = complaints;
		this.complaintSettings = complaintSettings;
		this.revisits = revisits;
		this.items = items;
		this.scripts = scripts;
		this.settings = settings;
		this.customers = customers;
		this.identity = identity;
		this.workingDays = workingDays;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The slot of the present moment (the slot a call made now is in). */
	public TimeSlot slotNow() {
		return TimeSlot.at(LocalTime.now(clock));
	}

	/**
	 * A page of the open revisits in due order: day, then slot (上午, 下午, 晚上), then id;
	 * paged by keyset, so that any page costs the same.
	 * @param cursor the cursor of a previous page's {@code nextCursor}, or null for the
	 * first page
	 */
	public RevisitQueue queue(Viewer viewer, String cursor, int size) {
		RevisitAccess.checkCall(viewer);
		if (size < 1 || size > MAX_PAGE) {
			throw new RuleViolationException("size", "api.size.range", MAX_PAGE);
		}
		QueueCursor after = QueueCursor.parse(cursor);
		LocalDate today = today();
		List<Object> args = new ArrayList<>();
		String where = "status = 'OPEN'";
		if (after != null) {
			where += " and (due_on, " + SLOT_ORDER + ", id) > (?, ?, ?)";
			args.add(after.dueOn());
			args.add(after.slotOrder());
			args.add(after.id());
		}
		args.add(size + 1);
		List<RevisitQueueEntry> rows = jdbc.query("""
				select id, kind, caller_name, phone, department, due_on, slot, latest_on, attempts, last_slot
				  from revisit where %s
				 order by due_on, %s, id limit ?""".formatted(where, SLOT_ORDER), (rs, n) -> {
			LocalDate due = rs.getObject("due_on", LocalDate.class);
			LocalDate latest = rs.getObject("latest_on", LocalDate.class);
			String last = rs.getString("last_slot");
			return new RevisitQueueEntry(rs.getLong("id"),
					com.huike.crm.revisit.domain.RevisitKind.valueOf(rs.getString("kind")), rs.getString("caller_name"),
					rs.getString("phone"), rs.getString("department"), due, TimeSlot.valueOf(rs.getString("slot")),
					latest, rs.getInt("attempts"), (last != null) ? TimeSlot.valueOf(last) : null,
					latest.isBefore(today), !due.isAfter(today));
		}, args.toArray());
		String next = null;
		if (rows.size() > size) {
			rows = rows.subList(0, size);
			RevisitQueueEntry last = rows.get(size - 1);
			next = new QueueCursor(last.dueOn(), last.slot().ordinal(), last.id()).toString();
		}
		long total = jdbc.queryForObject("select count(*) from revisit where status = 'OPEN'", Long.class);
		return new RevisitQueue(List.copyOf(rows), total, dueNowCount(), next, after != null);
	}

	/** How many open revisits are due today or earlier (the navigation bar). */
	public long dueNowCount() {
		return revisits.countByStatusAndDueOnLessThanEqual(RevisitStatus.OPEN, today());
	}

	/** A revisit for the call page. */
	public RevisitView revisit(Long id, Viewer viewer) {
		// looked up first: an unknown revisit is a 404 for every role
		Revisit revisit = revisits.findWithCalls(id).orElseThrow(() -> new NotFoundException("revisit", id));
		RevisitAccess.checkCall(viewer);
		return view(revisit);
	}

	/**
	 * A call that did not reach the customer (no answer, busy, wrong number, refused):
	 * recorded, and the revisit moved to the next slot after the one of this call — later
	 * today, or 上午 of the next working day after an evening call — or closed as
	 * unreachable when this was the last attempt allowed.
	 * @return true when the revisit is now closed as unreachable
	 */
	@Transactional
	public boolean notReached(Long id, long version, NotReached call, Viewer viewer) {
		Revisit revisit = load(id, version, viewer);
		if (call.outcome() == null || call.outcome().isReached()) {
			throw new RuleViolationException("outcome", "revisit.outcome.required");
		}
		LocalDate today = today();
		return revisit.notReached(call.outcome(), slotNow(), viewer.userId(), clock.instant(), call.note(),
				currentSettings().getMaxAttempts(), today, workingDays.addWorkingDays(today, 1));
	}

	/** The customer was reached and scored every service item of the revisit's kind. */
	@Transactional
	public void reached(Long id, long version, Reached call, Viewer viewer) {
		Revisit revisit = load(id, version, viewer);
		List<Long> itemIds = items.findByKindAndActiveTrueOrderByPositionAscIdAsc(revisit.getKind())
			.stream()
			.map(RevisitItem::getId)
			.toList();
		revisit.reached(call.scores(), itemIds, call.feedback(), call.problem(), slotNow(), viewer.userId(),
				clock.instant());
	}

	/**
	 * The problem raised in a done revisit becomes a routed complaint in one step (the
	 * complaint feature routes it by its rules, channel 回访); the revisit's problem is
	 * then passed on, and no longer open in the reports.
	 * @return the complaint's id
	 */
	@Transactional
	public Long raiseComplaint(Long id, long version, Long categoryId, Viewer viewer) {
		// looked up first: an unknown revisit is a 404 for every role
		Revisit revisit = revisits.findById(id).orElseThrow(() -> new NotFoundException("revisit", id));
		RevisitAccess.checkCall(viewer);
		if (revisit.getVersion() != version) {
			throw new ConflictException("revisit " + id + " changed", ConflictException.VERSION,
					Map.of("currentVersion", revisit.getVersion()), "revisit.version.conflict");
		}
		revisit.problemPassedOn();
		return complaints.raiseFromRevisit(new NewComplaint(revisit.getCustomerId(), revisit.getCallerName(),
				revisit.getPhone(), categoryId, null, revisit.getProblem(), null, null), viewer);
	}

	/** The complaint categories in use, for the one-step complaint of a problem. */
	public List<ConfigOption> complaintCategories() {
		return complaintSettings.categories(true);
	}

	private Revisit load(Long id, long version, Viewer viewer) {
		// looked up first: an unknown revisit is a 404 for every role
		Revisit revisit = revisits.findWithCalls(id).orElseThrow(() -> new NotFoundException("revisit", id));
		RevisitAccess.checkCall(viewer);
		if (!revisit.isOpen()) {
			throw new com.huike.crm.revisit.domain.RevisitStateException(id, "revisit.state.closed");
		}
		if (revisit.getVersion() != version) {
			throw new ConflictException("revisit " + id + " changed", ConflictException.VERSION,
					Map.of("currentVersion", revisit.getVersion()), "revisit.version.conflict");
		}
		return revisit;
	}

	RevisitSettings currentSettings() {
		return settings.findById(RevisitSettings.SINGLETON_ID).orElseThrow();
	}

	private RevisitView view(Revisit r) {
		CustomerContact contact = (r.getCustomerId() != null)
				? customers.contacts(Set.of(r.getCustomerId())).get(r.getCustomerId()) : null;
		List<String> phones = new ArrayList<>();
		if (contact != null) {
			Stream.of(contact.mobilePhone(), contact.officePhone(), contact.homePhone())
				.filter(p -> p != null && !p.isBlank())
				.forEach(phones::add);
		}
		if (r.getPhone() != null && !phones.contains(r.getPhone())) {
			phones.add(0, r.getPhone());
		}
		List<RevisitItem> kindItems = items.findByKindOrderByPositionAscIdAsc(r.getKind());
		Map<Long, RevisitItem> byId = kindItems.stream()
			.collect(Collectors.toMap(RevisitItem::getId, Function.identity()));
		List<RevisitView.Item> toScore = kindItems.stream()
			.filter(RevisitItem::isActive)
			.map(i -> new RevisitView.Item(i.getId(), i.getName(), i.getNameEn()))
			.toList();
		Set<Long> users = new HashSet<>();
		r.getCalls().forEach(c -> users.add(c.getByUser()));
		Map<Long, String> names = users.isEmpty() ? Map.of() : identity.displayNames(users);
		List<RevisitView.Call> calls = new ArrayList<>();
		for (RevisitAttempt c : r.getCalls()) {
			calls.add(new RevisitView.Call(c.getAt(), c.getSlot(), c.getOutcome(), names.get(c.getByUser()),
					c.getNote()));
		}
		List<RevisitView.Score> scores = r.getScores()
			.stream()
			.sorted(Comparator
				.comparing(s -> byId.containsKey(s.getItemId()) ? byId.get(s.getItemId()).getPosition() : 0))
			.map((RevisitScore s) -> {
				RevisitItem item = byId.get(s.getItemId());
				return new RevisitView.Score(s.getItemId(), (item != null) ? item.getName() : "?",
						(item != null) ? item.getNameEn() : "?", s.getScore());
			})
			.toList();
		String script = scripts.findById(r.getKind()).map(s -> s.getScript()).orElse("");
		return new RevisitView(r.getId(), r.getVersion(), r.getKind(), r.getStatus(), r.getCustomerId(),
				(contact != null) ? contact.code() : null, r.getCallerName(), phones, r.getDepartment(),
				r.getComplaintId(), r.getDeliveredOn(), r.getDueOn(), r.getSlot(), r.getLatestOn(), r.getAttempts(),
				currentSettings().getMaxAttempts(), r.getLastSlot(), script, toScore, calls, scores, r.getFeedback(),
				r.getProblem(), r.hasOpenProblem(), r.getClosedAt(), r.isOpen());
	}

	/** The order of the slots in SQL, as in {@link TimeSlot}. */
	static final String SLOT_ORDER = "(case slot when 'MORNING' then 0 when 'AFTERNOON' then 1 else 2 end)";

	/** Where a page of the queue ends: due day, slot, id. */
	record QueueCursor(LocalDate dueOn, int slotOrder, long id) {

		static QueueCursor parse(String cursor) {
			if (cursor == null || cursor.isBlank()) {
				return null;
			}
			String[] parts = cursor.split("_");
			try {
				if (parts.length != 3) {
					throw new IllegalArgumentException(cursor);
				}
				int slot = Integer.parseInt(parts[1]);
				if (slot < 0 || slot > 2) {
					throw new IllegalArgumentException(cursor);
				}
				return new QueueCursor(LocalDate.parse(parts[0]), slot, Long.parseLong(parts[2]));
			}
			catch (RuntimeException ex) {
				throw new RuleViolationException("cursor", "revisit.cursor.invalid");
			}
		}

		@Override
		public String toString() {
			return dueOn + "_" + slotOrder + "_" + id;
		}

	}

}
