package com.huike.crm.complaint;

import java.time.Instant;
import java.util.List;

import com.huike.crm.complaint.domain.Channel;
import com.huike.crm.complaint.domain.Opinion;
import com.huike.crm.complaint.domain.RequestStatus;
import com.huike.crm.complaint.domain.RequestType;
import com.huike.crm.complaint.domain.Severity;
import com.huike.crm.complaint.domain.StepKind;

/**
 * One request with everything the complaint form (《客户投诉处理表》) shows: the call, the
 * department proposed and routed to, the handler, the deadline, result, feedback and
 * opinion, the timeline, and what the viewer may do now ({@code can}).
 */
public record RequestView(Long id, RequestType type, RequestStatus status, Long customerId, String customerCode,
		String customerName, String ownerName, String aboutCustomerCode, String aboutCustomerName, String callerName,
		String callerPhone, Long categoryId, String category, String categoryEn, Severity severity, Channel channel,
		String description, String product, String region, String answer, String takenByName, Instant receivedAt,
		Long proposedDepartmentId, String proposedDepartment, String proposedDepartmentEn, Long departmentId,
		String department, String departmentEn, String handlerName, Instant dueAt, boolean overdue, Instant escalatedAt,
		String result, String feedback, Opinion opinion, int reopenCount, Instant closedAt, long version,
		List<Step> steps, Permissions can) {

	/**
	 * A step of the timeline: what, from and to which state, who, when, which department,
	 * the text.
	 */
	public record Step(StepKind kind, RequestStatus from, RequestStatus to, String byName, Instant at,
			String department, String departmentEn, String note) {
	}

	/** What the viewer may do with the request now. */
	public record Permissions(boolean confirm, boolean route, boolean take, boolean result, boolean feedback,
			boolean close, boolean reopen, boolean acknowledge) {

		public boolean any() {
			return confirm || route || take || result || feedback || close || reopen || acknowledge;
		}

	}

}
