package com.huike.crm.identity.domain;

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
 * A team of customer managers led by a supervisor (市场经理).
 */
@Entity
@Table(name = "team")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Team {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String name;

	@Column(name = "supervisor_id")
	private Long supervisorId;

	@Version
	private long version;

	public Team(String name) {
		rename(name);
	}

	public void rename(String name) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("team name is required");
		}
		this.name = name.strip();
	}

	public void ledBy(Long supervisorId) {
		this.supervisorId = supervisorId;
	}

}
