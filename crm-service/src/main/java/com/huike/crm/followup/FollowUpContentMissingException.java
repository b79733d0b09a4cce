package com.huike.crm.followup;

/**
 * A follow-up without what was discussed.
 */
public class FollowUpContentMissingException extends RejectedInputException {

	public FollowUpContentMissingException() {
		super("content", "followup.content.required", "what was discussed is required");
	}

}
