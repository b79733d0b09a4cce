package com.huike.crm.revisit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * A service item the customer scores 1–5 in a revisit of one kind (送货及时, 服务态度, …), kept
 * by the customer-service manager. An item no longer asked is deactivated, never deleted:
 * old scores keep naming it.
 */
@Entity
@Table(name = "revisit_item")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class RevisitItem {

	public static final int NAME_MAX = 50;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private RevisitKind kind;

	@Column(nullable = false)
	private String name;

	@Column(name = "name_en", nullable = false)
	private String nameEn;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private boolean active = true;

	@Version
	private long version;

	public RevisitItem(RevisitKind kind, String name, String nameEn, int position) {
		this.kind = kind;
		rename(name, nameEn);
		this.position = position;
	}

	public void rename(String name, String nameEn) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("an item needs a name");
		}
		this.name = name.strip();
		this.nameEn = (nameEn == null || nameEn.isBlank()) ? this.name : nameEn.strip();
	}

	public void activate(boolean active) {
		this.active = active;
	}

}
