package com.huike.crm.revisit.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import com.huike.crm.shared.RuleViolationException;
import com.huike.crm.shared.Text;

/**
 * One revisit call to make (回访): whom to call, when (day and time slot) and by when, and
 * what came of it. Open until the customer is reached and scores the service (done), or
 * until the attempts allowed are used up (closed as unreachable). A call that does not
 * reach the customer moves the revisit to the next time slot after the one the call was
 * made in: never the same slot twice in a row. Every call is recorded.
 */
@Entity
@Table(name = "revisit")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Revisit {

	public static final int TEXT_MAX = 2000;

	public static final int NOTE_MAX = 500;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private RevisitKind kind;

	/** The customer of the archive; null for a caller who is not a customer. */
	@Column(name = "customer_id", updatable = false)
	private Long customerId;

	/** The customer's manager when the revisit was scheduled. */
	@Column(name = "owner_id", updatable = false)
	private Long ownerId;

	@Column(name = "caller_name", nullable = false, updatable = false)
	private String callerName;

	@Column(updatable = false)
	private String phone;

	/** The department whose service is scored (the complaint's, or the settings' one). */
	@Column(nullable = false, updatable = false)
	private String department;

	@Column(name = "complaint_id", updatable = false)
	private Long complaintId;

	@Column(name = "delivered_on", updatable = false)
	private LocalDate deliveredOn;

	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;

	@Column(name = "latest_on", nullable = false, updatable = false)
	private LocalDate latestOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private TimeSlot slot;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RevisitStatus status = RevisitStatus.OPEN;

	@Column(nullable = false)
	private int attempts;

	@Enumerated(EnumType.STRING)
	@Column(name = "last_slot")
	private TimeSlot lastSlot;

	private String feedback;

	private String problem;

	@Enumerated(EnumType.STRING)
	@Column(name = "problem_status")
	private ProblemStatus problemStatus;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "closed_by")
	private Long closedBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "revisit", cascade = CascadeType.ALL)
	@OrderBy("at, id")
	private List<RevisitAttempt> calls = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "revisit_score", joinColumns = @JoinColumn(name = "revisit_id"))
	private Set<RevisitScore> scores = new HashSet<>();

	/**
	 * A revisit to make on {@code dueOn} in {@code slot}, at the latest on
	 * {@code latestOn}.
	 */
	public Revisit(RevisitKind kind, Party party, String department, Long complaintId, LocalDate deliveredOn,
			LocalDate dueOn, LocalDate latestOn, TimeSlot slot, Instant now) {
		this.kind = Objects.requireNonNull(kind, "kind");
		this.customerId = party.customerId();
		this.ownerId = party.ownerId();
		this.callerName = Objects.requireNonNull(party.name(), "name");
		this.phone = party.phone();
		this.department = Objects.requireNonNull(department, "department");
		this.complaintId = complaintId;
		this.deliveredOn = deliveredOn;
		this.dueOn = Objects.requireNonNull(dueOn, "dueOn");
		this.latestOn = latestOn.isBefore(dueOn) ? dueOn : latestOn;
		this.slot = Objects.requireNonNull(slot, "slot");
		this.createdAt = now;
	}

	public List<RevisitAttempt> getCalls() {
		return Collections.unmodifiableList(calls);
	}

	public Set<RevisitScore> getScores() {
		return Collections.unmodifiableSet(scores);
	}

	public boolean isOpen() {
		return status == RevisitStatus.OPEN;
	}

	public boolean hasOpenProblem() {
		return problemStatus == ProblemStatus.OPEN;
	}

	/**
	 * A call that did not reach the customer: recorded; the revisit moves to the slot
	 * after the one the call was made in — later today, or 上午 of {@code nextDay} after a
	 * call in the evening — or, when this was the last attempt allowed, it is closed as
	 * unreachable.
	 * @param calledIn the slot the call was made in
	 * @param today the day of the call
	 * @param nextDay the day of the next call when the next slot is tomorrow's (the next
	 * working day)
	 * @return true when the revisit is now closed as unreachable
	 */
	public boolean notReached(CallOutcome outcome, TimeSlot calledIn, Long by, Instant at, String note, int maxAttempts,
			LocalDate today, LocalDate nextDay) {
		requireOpen();
		if (outcome == null || outcome.isReached()) {
			throw new RuleViolationException("outcome", "revisit.outcome.required");
		}
		String text = note(note);
		calls.add(new RevisitAttempt(this, at, calledIn, outcome, by, text));
		attempts++;
		lastSlot = calledIn;
		if (attempts >= maxAttempts) {
			status = RevisitStatus.UNREACHABLE;
			closedAt = at;
			closedBy = by;
			return true;
		}
		slot = calledIn.next();
		dueOn = calledIn.nextIsTomorrow() ? nextDay : today;
		return false;
	}

	/**
	 * The customer was reached and scored the service: every item of {@code items} gets a
	 * score of 1–5. A problem raised in the call stays open until it is passed on.
	 * @param items the service items of this kind of revisit in use
	 */
	public void reached(Map<Long, Integer> given, Collection<Long> items, String feedback, String problem,
			TimeSlot calledIn, Long by, Instant at) {
		requireOpen();
		List<RuleViolationException.Violation> errors = new ArrayList<>();
		for (Long item : items) {
			Integer score = given.get(item);
			if (score == null) {
				errors.add(new RuleViolationException.Violation("score" + item, "revisit.score.required"));
			}
			else if (score < RevisitScore.MIN || score > RevisitScore.MAX) {
				errors.add(new RuleViolationException.Violation("score" + item, "revisit.score.range"));
			}
		}
		String feedbackText = strip(feedback);
		String problemText = strip(problem);
		if (Text.hasControlCharacters(feedback)) {
			errors.add(new RuleViolationException.Violation("feedback", "revisit.text.control"));
		}
		if (Text.hasControlCharacters(problem)) {
			errors.add(new RuleViolationException.Violation("problem", "revisit.text.control"));
		}
		if (feedbackText != null && feedbackText.length() > TEXT_MAX) {
			errors.add(new RuleViolationException.Violation("feedback", "revisit.text.tooLong", TEXT_MAX));
		}
		if (problemText != null && problemText.length() > TEXT_MAX) {
			errors.add(new RuleViolationException.Violation("problem", "revisit.text.tooLong", TEXT_MAX));
		}
		if (!errors.isEmpty()) {
			throw new RuleViolationException(errors);
		}
		for (Long item : items) {
			scores.add(new RevisitScore(item, given.get(item), at, department));
		}
		calls.add(new RevisitAttempt(this, at, calledIn, CallOutcome.REACHED, by, null));
		attempts++;
		lastSlot = calledIn;
		this.feedback = feedbackText;
		this.problem = problemText;
		this.problemStatus = (problemText != null) ? ProblemStatus.OPEN : null;
		status = RevisitStatus.DONE;
		closedAt = at;
		closedBy = by;
	}

	/** The problem raised in this revisit was passed on: a complaint of its own. */
	public void problemPassedOn() {
		if (problemStatus != ProblemStatus.OPEN) {
			throw new RevisitStateException(id, "revisit.state.noOpenProblem");
		}
		problemStatus = ProblemStatus.PASSED;
	}

	private void requireOpen() {
		if (!isOpen()) {
			throw new RevisitStateException(id, "revisit.state.closed");
		}
	}

	private static String note(String note) {
		if (Text.hasControlCharacters(note)) {
			throw new RuleViolationException("note", "revisit.text.control");
		}
		String text = strip(note);
		if (text != null && text.length() > NOTE_MAX) {
			throw new RuleViolationException("note", "revisit.text.tooLong", NOTE_MAX);
		}
		return text;
	}

	private static String strip(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/** Whom to call: a customer of the archive (with its manager), or a caller. */
	public record Party(Long customerId, Long ownerId, String name, String phone) {
	}

	/** Whether a problem raised in the revisit still waits to be passed on. */
	public enum ProblemStatus {

		OPEN, PASSED

	}

}
