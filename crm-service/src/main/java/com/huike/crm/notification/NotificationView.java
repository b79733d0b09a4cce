package com.huike.crm.notification;

import java.time.Instant;
import java.util.List;

/**
 * A notification as its recipient sees it: the text as a message key with its arguments
 * (the page and the API render it in the reader's language), the page it links to.
 */
public record NotificationView(Long id, String kind, String messageKey, List<String> arguments, String link,
		Instant createdAt, Instant readAt) {

	public boolean read() {
		return readAt != null;
	}

}
