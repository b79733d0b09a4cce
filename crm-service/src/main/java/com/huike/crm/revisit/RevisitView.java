package com.huike.crm.revisit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.huike.crm.revisit.domain.CallOutcome;
import com.huike.crm.revisit.domain.RevisitKind;
import com.huike.crm.revisit.domain.RevisitStatus;
import com.huike.crm.revisit.domain.TimeSlot;

/**
 * A revisit as the call page shows it: whom to call (the call fields only: name, code,
 * phones, never the profile), the script and the items to score, the calls so far, and
 * the outcome once closed.
 */
public record RevisitView(Long id, long version, RevisitKind kind, RevisitStatus status, Long customerId,
		String customerCode, String callerName, List<String> phones, String department, Long complaintId,
		LocalDate deliveredOn, LocalDate dueOn, TimeSlot slot, LocalDate latestOn, int attempts, int maxAttempts,
		TimeSlot lastSlot, String script, List<Item> items, List<Call> calls, List<Score> scores, String feedback,
		String problem, boolean problemOpen, Instant closedAt, boolean callable) {

	/** A service item to score. */
	public record Item(Long id, String name, String nameEn) {
	}

	/** One call made. */
	public record Call(Instant at, TimeSlot slot, CallOutcome outcome, String by, String note) {
	}

	/** A score given. */
	public record Score(Long itemId, String name, String nameEn, int score) {
	}

}
