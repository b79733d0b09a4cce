package com.huike.crm.notification;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.huike.crm.identity.Viewer;
import com.huike.crm.notification.domain.Notification;
import com.huike.crm.notification.domain.NotificationRepository;
import com.huike.crm.shared.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notifications of the signed-in user, and the one contract by which a listener of
 * this feature creates them ({@link #notify}). A user sees only their own: anyone else's
 * notification does not exist for them (404).
 */
@Service
@Transactional(readOnly = true)
public class NotificationService {

	private final NotificationRepository notifications;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	NotificationService(NotificationRepository notifications, JdbcTemplate jdbc, Clock clock) {
		this.notifications = notifications;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Notifies one user of something that happened at {@code at}. The text is a message
	 * key of the notification bundles (zh-CN and en) with its arguments; the link, a path
	 * of this application, is the page it is about. Idempotent: the same notification
	 * (recipient, kind, link and moment) is created once, so that an event delivered
	 * twice (the registry republishes what it could not see completed) notifies once.
	 * @return the notification's id
	 */
	@Transactional
	public Long notify(Long recipientId, String kind, String messageKey, List<String> arguments, String link,
			Instant at) {
		// the entity checks what a notification must be; PostgreSQL keeps microseconds
		Notification notification = new Notification(recipientId, kind, messageKey, arguments, link,
				((at != null) ? at : Instant.now(clock)).truncatedTo(ChronoUnit.MICROS));
		// insert once: two deliveries of one event at the same time (asynchronous
		// listeners) cannot both write it
		jdbc.update(con -> {
			PreparedStatement insert = con.prepareStatement("insert into notification"
					+ " (recipient_id, kind, message_key, arguments, link, created_at) values (?, ?, ?, ?, ?, ?)"
					+ " on conflict (recipient_id, kind, link, created_at) do nothing");
			insert.setLong(1, notification.getRecipientId());
			insert.setString(2, notification.getKind());
			insert.setString(3, notification.getMessageKey());
			insert.setArray(4, con.createArrayOf("text", notification.getArguments().toArray()));
			insert.setString(5, notification.getLink());
			insert.setTimestamp(6, Timestamp.from(notification.getCreatedAt()));
			return insert;
		});
		return notifications
			.findByRecipientIdAndKindAndLinkAndCreatedAt(recipientId, kind, link, notification.getCreatedAt())
			.map(Notification::getId)
			.orElseThrow();
	}

	/** {@link #notify(Long, String, String, List, String, Instant)} of something now. */
	@Transactional
	public Long notify(Long recipientId, String kind, String messageKey, List<String> arguments, String link) {
		return notify(recipientId, kind, messageKey, arguments, link, null);
	}

	/** The viewer's notifications (or the unread ones only), newest first. */
	public Page<NotificationView> list(Viewer viewer, boolean unreadOnly, Pageable pageable) {
		Page<Notification> page = unreadOnly
				? notifications.findByRecipientIdAndReadAtIsNullOrderByCreatedAtDescIdDesc(viewer.userId(), pageable)
				: notifications.findByRecipientIdOrderByCreatedAtDescIdDesc(viewer.userId(), pageable);
		return page.map(NotificationService::view);
	}

	/** How many of the viewer's notifications are unread (the navigation bar's bell). */
	public long unreadCount(Viewer viewer) {
		return notifications.countByRecipientIdAndReadAtIsNull(viewer.userId());
	}

	public NotificationView get(Long id, Viewer viewer) {
		return view(own(id, viewer));
	}

	/** The viewer opens one of theirs: read from now on. */
	@Transactional
	public NotificationView open(Long id, Viewer viewer) {
		own(id, viewer);
		notifications.markRead(id, viewer.userId(), Instant.now(clock));
		return view(own(id, viewer));
	}

	/**
	 * Marks every unread notification of the viewer read.
	 * @return how many were unread
	 */
	@Transactional
	public int markAllRead(Viewer viewer) {
		return notifications.markAllRead(viewer.userId(), Instant.now(clock));
	}

	private Notification own(Long id, Viewer viewer) {
		return notifications.findByIdAndRecipientId(id, viewer.userId())
			.orElseThrow(() -> new NotFoundException("notification", id));
	}

	private static NotificationView view(Notification n) {
		return new NotificationView(n.getId(), n.getKind(), n.getMessageKey(), n.getArguments(), n.getLink(),
				n.getCreatedAt(), n.getReadAt());
	}

}
