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
 * A department complaints are routed to (售后服务部, 物流配送部, 市场部 …). A handler belongs to it by
 * its name, as identity keeps it on the user.
 */
@Entity
@Table(name = "complaint_department")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Department {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String name;

	@Column(name = "name_en", nullable = false)
	private String nameEn;

	private int position;

	private boolean active = true;

	@Version
	private long version;

	public Department(String name, String nameEn, int position) {
		change(name, nameEn, position, true);
	}

	public void change(String name, String nameEn, int position, boolean active) {
		this.name = name.strip();
		this.nameEn = (nameEn == null || nameEn.isBlank()) ? this.name : nameEn.strip();
		this.position = position;
		this.active = active;
	}

}
