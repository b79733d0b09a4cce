package com.huike.crm.complaint.domain;

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

/**
 * A category of requests (产品质量, 配送, 价格 …). Complaints of a risk category (窜货/砸价) about a
 * customer count towards the risk signal on that customer's archive.
 */
@Entity
@Table(name = "complaint_category")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Category {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String name;

	@Column(name = "name_en", nullable = false)
	private String nameEn;

	private int position;

	private boolean active = true;

	private boolean risk;

	@Version
	private long version;

	public Category(String name, String nameEn, int position, boolean risk) {
		change(name, nameEn, position, true, risk);
	}

	public void change(String name, String nameEn, int position, boolean active, boolean risk) {
		this.name = name.strip();
		this.nameEn = (nameEn == null || nameEn.isBlank()) ? this.name : nameEn.strip();
		this.position = position;
		this.active = active;
		this.risk = risk;
	}

}
