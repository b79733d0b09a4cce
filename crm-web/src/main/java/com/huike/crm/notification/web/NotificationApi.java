package com.huike.crm.notification.web;

import java.time.Instant;
import java.util.List;

import com.huike.crm.identity.Viewer;
import com.huike.crm.notification.NotificationService;
import com.huike.crm.notification.NotificationView;
import com.huike.crm.shared.web.ApiPaging;
import com.huike.crm.shared.web.PageResource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in user's notifications as JSON: only their own (anyone else's is a 404),
 * each with its text rendered in the request's language as well as its message key and
 * arguments.
 */
@RestController
@RequestMapping(path = "/api/v1/notifications", produces = "application/json")
@Tag(name = "Notifications", description = "站内通知: what happened for the signed-in user to see")
class NotificationApi {

	private final NotificationService notifications;

	private final MessageSource messages;

	NotificationApi(NotificationService notifications, MessageSource messages) {
		this.notifications = notifications;
		this.messages = messages;
	}

	@GetMapping
	@Operation(operationId = "listNotifications", summary = "My notifications",
			description = "Newest first; `unread=true` for the unread ones only.")
	@ApiResponse(responseCode = "200", description = "One page of notifications")
	PageResource<NotificationResource> list(
			@Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "Rows per page, 1–100") @RequestParam(defaultValue = "20") int size,
			@Parameter(description = "Only the unread ones") @RequestParam(defaultValue = "false") boolean unread,
			Viewer viewer) {
		return PageResource.of(notifications.list(viewer, unread, ApiPaging.pageable(page, size, ApiPaging.MAX_SIZE)),
				this::resource, null);
	}

	@GetMapping("/unread-count")
	@Operation(operationId = "countUnreadNotifications", summary = "How many of my notifications are unread",
			description = "What the bell on the navigation bar shows.")
	@ApiResponse(responseCode = "200", description = "The count")
	UnreadCount unreadCount(Viewer viewer) {
		return new UnreadCount(notifications.unreadCount(viewer));
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getNotification", summary = "One of my notifications",
			description = "Reading it here does not mark it read; another user's notification is a 404.")
	@ApiResponse(responseCode = "200", description = "The notification")
	NotificationResource get(@Parameter(description = "Notification id") @PathVariable Long id, Viewer viewer) {
		return resource(notifications.get(id, viewer));
	}

	@PostMapping("/{id}/read")
	@Operation(operationId = "markNotificationRead", summary = "Mark one of my notifications read",
			description = "Idempotent: a notification read already keeps the moment it was first read. Another "
					+ "user's notification is a 404.")
	@ApiResponse(responseCode = "200", description = "The notification, read")
	NotificationResource markRead(@Parameter(description = "Notification id") @PathVariable Long id, Viewer viewer) {
		return resource(notifications.open(id, viewer));
	}

	@PostMapping("/read-all")
	@Operation(operationId = "markAllNotificationsRead", summary = "Mark all my notifications read",
			description = "Marks every unread notification of the signed-in user read, in one statement (two tabs "
					+ "doing it at once never conflict), and answers how many were unread.")
	@ApiResponse(responseCode = "200", description = "How many were unread")
	MarkedRead markAllRead(Viewer viewer) {
		return new MarkedRead(notifications.markAllRead(viewer));
	}

	/**
	 * With the text in the API caller's language (Accept-Language, see ApiConfiguration).
	 */
	private NotificationResource resource(NotificationView n) {
		String text = messages.getMessage(n.messageKey(), n.arguments().toArray(), n.messageKey(),
				LocaleContextHolder.getLocale());
		return new NotificationResource(n.id(), n.kind(), text, n.messageKey(), n.arguments(), n.link(), n.createdAt(),
				n.readAt(), n.read());
	}

	@Schema(description = "A notification")
	record NotificationResource(@Schema(example = "42") Long id,
			@Schema(description = "What it is about", example = "visitplan.submitted") String kind,
			@Schema(description = "The text in the request's language (Accept-Language, or the language chosen)",
					example = "王经理 提交了 2026-12 的拜访计划，等待您审批。") String message,
			@Schema(description = "The text's message key",
					example = "notification.visitplan.submitted") String messageKey,
			@Schema(description = "The text's arguments") List<String> arguments,
			@Schema(description = "The page it is about (a path of the application)",
					example = "/visit-plans/7") String link,
			Instant createdAt, @Schema(description = "When it was first read; absent while unread") Instant readAt,
			boolean read) {

	}

	@Schema(description = "How many notifications are unread")
	record UnreadCount(@Schema(example = "2") long unread) {

	}

	@Schema(description = "How many notifications were marked read")
	record MarkedRead(@Schema(example = "3") int marked) {

	}

}
