package com.huike.crm.shared.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import lombok.Getter;

import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * The columns an audited record has whatever it records: its id, when and by whom it was
 * created and last changed, and the version that optimistic locking compares. The entity
 * never sets the audit columns itself: Spring Data auditing does when the record is
 * inserted or updated, with the time of the application's {@code Clock} and the id of the
 * signed-in user ({@link JpaAuditingConfiguration}), so a test that fixes the clock fixes
 * them too. An update that changes nothing changes neither them nor the version.
 * <p>
 * Columns: {@code id}, {@code created_at}, {@code created_by}, {@code updated_at},
 * {@code updated_by}, {@code version}; an entity names its own with
 * {@code @AttributeOverride} where its table calls one differently.
 */
@MappedSuperclass
@EntityListeners(AuditingEntityListener.class)
@Getter
public abstract class AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@CreatedDate
	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	/** Null for a record made by no one signed in (start-up, scheduled work). */
	@CreatedBy
	@Column(name = "created_by", updatable = false)
	private Long createdBy;

	@LastModifiedDate
	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@LastModifiedBy
	@Column(name = "updated_by")
	private Long updatedBy;

	@Version
	private long version;

}
