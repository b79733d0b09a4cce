package com.huike.crm.complaint.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import com.huike.crm.shared.NotAllowedException;
import com.huike.crm.shared.RuleViolationException;
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
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A request (诉求) the desk took, and for a complaint (投诉) the whole flow of 《客户投诉处理表》:
 * confirmed and routed to a department by the customer-service manager, taken and
 * answered with a result by a handler of that department, fed back to the customer by 客服部
 * with the customer's opinion, then closed, or reopened to the department. Every change
 * checks the state first and leaves the request unchanged when it refuses
 * ({@link ComplaintStateException}); every change of a complaint is a step of its
 * timeline, and moves {@code changedAt} so that the version covers it.
 * <p>
 * Who may do a step (a handler of the department, 客服部) is the service's check; that only
 * the handler who took a complaint records its result is checked here too.
 */
@Entity
@Table(name = "service_request")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ServiceRequest {

	public static final int TEXT_MAX = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private RequestType type;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RequestStatus status;

	/** The caller's customer, or null for a caller who is not one. */
	@Column(name = "customer_id")
	private Long customerId;

	/** The owning manager of the customer (kept current on a hand-over). */
	@Column(name = "owner_id")
	private Long ownerId;

	/** The customer the complaint is about (窜货/砸价 reported by others), if any. */
	@Column(name = "about_customer_id")
	private Long aboutCustomerId;

	@Column(name = "caller_name")
	private String callerName;

	@Column(name = "caller_phone", nullable = false)
	private String callerPhone;

	@Column(name = "category_id")
	private Long categoryId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Severity severity = Severity.NORMAL;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private Channel channel;

	@Column(nullable = false)
	private String description;

	private String product;

	private String region;

	/** The answer given on the spot (an inquiry). */
	private String answer;

	@Column(name = "taken_by", nullable = false, updatable = false)
	private Long takenBy;

	@Column(name = "received_at", nullable = false, updatable = false)
	private Instant receivedAt;

	@Column(name = "proposed_department_id")
	private Long proposedDepartmentId;

	@Column(name = "department_id")
	private Long departmentId;

	@Column(name = "handler_id")
	private Long handlerId;

	@Column(name = "due_at")
	private Instant dueAt;

	@Column(name = "escalated_at")
	private Instant escalatedAt;

	private String result;

	private String feedback;

	@Enumerated(EnumType.STRING)
	private Opinion opinion;

	@Column(name = "reopen_count", nullable = false)
	private int reopenCount;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "changed_at", nullable = false)
	private Instant changedAt;

	@Version
	private long version;

	@OneToMany(mappedBy = "request", cascade = CascadeType.ALL)
	@OrderBy("at, id")
	private List<ComplaintStep> steps = new ArrayList<>();

	/**
	 * Takes a request. An inquiry answered on the spot ({@code answer}) is closed at
	 * once; a complaint waits for the customer-service manager's confirmation, with the
	 * department the routing rules propose and its deadline; a suggestion or repair
	 * request is open on the manager's list.
	 */
	public ServiceRequest(Intake intake, Long takenBy, Instant now) {
		this.type = Objects.requireNonNull(intake.type(), "type");
		this.channel = Objects.requireNonNull(intake.channel(), "channel");
		this.customerId = intake.customerId();
		this.ownerId = intake.ownerId();
		this.aboutCustomerId = intake.aboutCustomerId();
		this.callerName = blankToNull(intake.callerName());
		this.callerPhone = Objects.requireNonNull(intake.callerPhone(), "callerPhone");
		this.categoryId = intake.categoryId();
		this.severity = (intake.severity() != null) ? intake.severity() : Severity.NORMAL;
		this.description = text("description", intake.description(), true);
		this.product = blankToNull(intake.product());
		this.region = blankToNull(intake.region());
		this.takenBy = Objects.requireNonNull(takenBy, "takenBy");
		this.receivedAt = now;
		this.changedAt = now;
		switch (type) {
			case INQUIRY -> {
				this.answer = text("answer", intake.answer(), false);
				this.status = (this.answer != null) ? RequestStatus.CLOSED : RequestStatus.OPEN;
				this.closedAt = (this.answer != null) ? now : null;
			}
			case COMPLAINT -> {
				this.status = RequestStatus.NEW;
				this.proposedDepartmentId = intake.proposedDepartmentId();
				this.dueAt = intake.dueAt();
				step(StepKind.RECEIVED, null, takenBy, now, null, null);
			}
			default -> this.status = RequestStatus.OPEN;
		}
	}

	/** What the desk records of a call. */
	public record Intake(RequestType type, Channel channel, Long customerId, Long ownerId, Long aboutCustomerId,
			String callerName, String callerPhone, Long categoryId, Severity severity, String description,
			String product, String region, String answer, Long proposedDepartmentId, Instant dueAt) {
	}

	public boolean isComplaint() {
		return type == RequestType.COMPLAINT;
	}

	public List<ComplaintStep> getSteps() {
		return Collections.unmodifiableList(steps);
	}

	/**
	 * Past its deadline while the department still has it (or it waits to be confirmed).
	 */
	public boolean isOverdue(Instant now) {
		return isComplaint() && status.isHandling() && dueAt != null && now.isAfter(dueAt);
	}

	// the complaint flow

	/**
	 * 客服部经理 confirms the complaint form and hands it to the department (the proposed one,
	 * or another).
	 */
	public void confirm(Long departmentId, Long by, Instant now) {
		requireComplaint();
		if (status != RequestStatus.NEW) {
			throw new ComplaintStateException(id, "complaint.state.alreadyConfirmed");
		}
		requireDepartment(departmentId);
		RequestStatus from = status;
		this.departmentId = departmentId;
		this.status = RequestStatus.ROUTED;
		step(StepKind.CONFIRMED, from, by, now, departmentId, null);
	}

	/** Hands a complaint not yet taken to another department. */
	public void route(Long departmentId, Long by, Instant now, String note) {
		requireComplaint();
		if (status != RequestStatus.ROUTED) {
			throw new ComplaintStateException(id,
					(status == RequestStatus.NEW) ? "complaint.state.notConfirmed" : "complaint.state.alreadyTaken");
		}
		requireDepartment(departmentId);
		if (departmentId.equals(this.departmentId)) {
			throw new RuleViolationException("departmentId", "complaint.route.sameDepartment");
		}
		this.departmentId = departmentId;
		step(StepKind.ROUTED, RequestStatus.ROUTED, by, now, departmentId, text("note", note, false));
	}

	/** A handler of the department takes the complaint to handle it. */
	public void take(Long handlerId, Instant now) {
		requireComplaint();
		if (status != RequestStatus.ROUTED) {
			throw new ComplaintStateException(id,
					(status == RequestStatus.NEW) ? "complaint.state.notConfirmed" : "complaint.state.alreadyTaken");
		}
		this.handlerId = handlerId;
		this.status = RequestStatus.TAKEN;
		step(StepKind.TAKEN, RequestStatus.ROUTED, handlerId, now, departmentId, null);
	}

	/** The handler records what was done and the result, and returns it to 客服部. */
	public void recordResult(Long handlerId, String result, Instant now) {
		requireComplaint();
		if (status != RequestStatus.TAKEN) {
			throw new ComplaintStateException(id,
					(status == RequestStatus.ROUTED) ? "complaint.state.notTaken" : (status == RequestStatus.NEW)
							? "complaint.state.notConfirmed" : "complaint.state.resultRecorded");
		}
		if (!handlerId.equals(this.handlerId)) {
			throw new NotAllowedException("only the handler who took it", "complaint.notTheHandler");
		}
		this.result = text("result", result, true);
		this.status = RequestStatus.RETURNED;
		step(StepKind.RESULT, RequestStatus.TAKEN, handlerId, now, departmentId, this.result);
	}

	/** 客服部 told the customer the result: the feedback and the customer's opinion. */
	public void recordFeedback(String feedback, Opinion opinion, Long by, Instant now) {
		requireComplaint();
		if (status != RequestStatus.RETURNED) {
			throw new ComplaintStateException(id, (status == RequestStatus.FED_BACK) ? "complaint.state.fedBack"
					: (status == RequestStatus.CLOSED) ? "complaint.state.closed" : "complaint.state.noResult");
		}
		if (opinion == null) {
			throw new RuleViolationException("opinion", "complaint.opinion.required");
		}
		this.feedback = text("feedback", feedback, true);
		this.opinion = opinion;
		this.status = RequestStatus.FED_BACK;
		step(StepKind.FEEDBACK, RequestStatus.RETURNED, by, now, departmentId, this.feedback);
	}

	/** Closes a complaint whose result was fed back to the customer. */
	public void close(Long by, Instant now) {
		requireComplaint();
		if (status == RequestStatus.CLOSED) {
			throw new ComplaintStateException(id, "complaint.state.closed");
		}
		if (status != RequestStatus.FED_BACK) {
			throw new ComplaintStateException(id, "complaint.state.noFeedback");
		}
		this.status = RequestStatus.CLOSED;
		this.closedAt = now;
		step(StepKind.CLOSED, RequestStatus.FED_BACK, by, now, departmentId, null);
	}

	/**
	 * The customer is not satisfied: back to the department, with the reason and a new
	 * deadline.
	 */
	public void reopen(Long by, Instant now, String reason, Instant newDueAt) {
		requireComplaint();
		if (status != RequestStatus.FED_BACK && status != RequestStatus.RETURNED) {
			throw new ComplaintStateException(id,
					(status == RequestStatus.CLOSED) ? "complaint.state.closed" : "complaint.state.notReturned");
		}
		RequestStatus from = status;
		this.status = RequestStatus.ROUTED;
		this.handlerId = null;
		this.reopenCount++;
		this.dueAt = newDueAt;
		this.escalatedAt = null;
		step(StepKind.REOPENED, from, by, now, departmentId, text("reason", reason, true));
	}

	/**
	 * Flags an overdue complaint as escalated to the customer-service manager, once.
	 * @return false when it is not overdue or was escalated already
	 */
	public boolean escalate(Instant now) {
		if (!isOverdue(now) || escalatedAt != null) {
			return false;
		}
		this.escalatedAt = now;
		step(StepKind.ESCALATED, status, null, now, departmentId, null);
		return true;
	}

	/** The customer-service manager has dealt with a suggestion or repair request. */
	public void acknowledge(Long by, String note, Instant now) {
		if (isComplaint()) {
			throw new ComplaintStateException(id, "complaint.state.notASuggestion");
		}
		if (status == RequestStatus.CLOSED) {
			throw new ComplaintStateException(id, "request.state.closed");
		}
		this.answer = text("answer", note, false);
		this.status = RequestStatus.CLOSED;
		this.closedAt = now;
		this.changedAt = now;
	}

	/** The customer was handed to another manager: the request follows the customer. */
	public void ownedBy(Long ownerId) {
		this.ownerId = ownerId;
	}

	private void step(StepKind kind, RequestStatus from, Long by, Instant now, Long department, String note) {
		steps.add(new ComplaintStep(this, kind, from, status, by, now, department, note));
		this.changedAt = now;
	}

	private void requireComplaint() {
		if (!isComplaint()) {
			throw new ComplaintStateException(id, "complaint.state.notAComplaint");
		}
	}

	private static void requireDepartment(Long departmentId) {
		if (departmentId == null) {
			throw new RuleViolationException("departmentId", "complaint.department.required");
		}
	}

	private static String text(String field, String value, boolean required) {
		String v = blankToNull(value);
		if (v == null) {
			if (required) {
				throw new RuleViolationException(field, "complaint." + field + ".required");
			}
			return null;
		}
		if (v.length() > TEXT_MAX) {
			throw new RuleViolationException(field, "complaint.text.tooLong", TEXT_MAX);
		}
		return v;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
