package com.huike.crm.notification.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Something that happened for one user to see (a plan submitted to its market manager,
 * approved or rejected for its manager, ...). The text is kept as a message key and its
 * arguments, not as rendered text, so that it reads in the language of whoever opens it
 * (zh-CN or en), also after they switched. Read once its recipient opened it or marked
 * all read (in one statement each, see the repository); never changed otherwise.
 */
@Entity
@Table(name = "notification")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Notification {

	public static final int KIND_MAX = 60;

	public static final int KEY_MAX = 120;

	public static final int LINK_MAX = 300;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "recipient_id", nullable = false, updatable = false)
	private Long recipientId;

	@Column(nullable = false, updatable = false)
	private String kind;

	@Column(name = "message_key", nullable = false, updatable = false)
	private String messageKey;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(nullable = false, updatable = false, columnDefinition = "text[]")
	private String[] arguments;

	/** The page it is about: a path of this application. */
	@Column(nullable = false, updatable = false)
	private String link;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "read_at")
	private Instant readAt;

	@Version
	private long version;

	public Notification(Long recipientId, String kind, String messageKey, List<String> arguments, String link,
			Instant createdAt) {
		this.recipientId = Objects.requireNonNull(recipientId, "recipientId");
		this.kind = requireText(kind, KIND_MAX, "kind");
		this.messageKey = requireText(messageKey, KEY_MAX, "messageKey");
		this.arguments = (arguments == null) ? new String[0]
				: arguments.stream().map(a -> (a == null) ? "" : a).toArray(String[]::new);
		if (link == null || link.length() > LINK_MAX || !link.startsWith("/") || link.startsWith("//")) {
			// a path of this application only: a notification never sends anyone
			// elsewhere
			throw new IllegalArgumentException("link must be a path of the application: " + link);
		}
		this.link = link;
		this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
	}

	public List<String> getArguments() {
		return List.of(arguments);
	}

	public boolean isRead() {
		return readAt != null;
	}

	private static String requireText(String value, int max, String what) {
		if (value == null || value.isBlank() || value.length() > max) {
			throw new IllegalArgumentException(what + " must be 1-" + max + " characters");
		}
		return value;
	}

}
