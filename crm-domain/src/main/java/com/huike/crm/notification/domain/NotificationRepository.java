package com.huike.crm.notification.domain;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

	/** One's notifications, newest first (index notification_by_recipient_idx). */
	Page<Notification> findByRecipientIdOrderByCreatedAtDescIdDesc(Long recipientId, Pageable pageable);

	/** One's unread notifications, newest first. */
	Page<Notification> findByRecipientIdAndReadAtIsNullOrderByCreatedAtDescIdDesc(Long recipientId, Pageable pageable);

	/** The unread count: an index-only count (notification_unread_by_recipient_idx). */
	long countByRecipientIdAndReadAtIsNull(Long recipientId);

	/** One of the recipient's own notifications; anyone else's does not exist. */
	Optional<Notification> findByIdAndRecipientId(Long id, Long recipientId);

	/** The same notification created before (an event delivered a second time). */
	Optional<Notification> findByRecipientIdAndKindAndLinkAndCreatedAt(Long recipientId, String kind, String link,
			Instant createdAt);

	/**
	 * Marks one of the recipient's notifications read, unless it is already: one
	 * statement, so that opening it never conflicts with "mark all read" in another tab.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Notification n set n.readAt = :at, n.version = n.version + 1"
			+ " where n.id = :id and n.recipientId = :recipientId and n.readAt is null")
	int markRead(Long id, Long recipientId, Instant at);

	/** Marks every unread notification of the recipient read, in one statement. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Notification n set n.readAt = :at, n.version = n.version + 1"
			+ " where n.recipientId = :recipientId and n.readAt is null")
	int markAllRead(Long recipientId, Instant at);

}
