package com.huike.crm.followup;

/**
 * A follow-up dated after today: the log records what happened, not what is planned.
 */
public class FollowUpInFutureException extends RejectedInputException {

	public FollowUpInFutureException() {
		super("occurredAt", "followup.occurredAt.future", "a follow-up cannot be dated after today");
	}

}
