package com.huike.crm.revisit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** The script (回访话术) of one kind of revisit, which the customer-service manager keeps. */
@Entity
@Table(name = "revisit_script")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class RevisitScript {

	public static final int MAX = 4000;

	@Id
	@Enumerated(EnumType.STRING)
	private RevisitKind kind;

	@Column(nullable = false)
	private String script;

	@Version
	private long version;

	public void rewrite(String script) {
		if (script == null || script.isBlank() || script.strip().length() > MAX) {
			throw new IllegalArgumentException("a script of 1 to " + MAX + " characters");
		}
		this.script = script.strip();
	}

}
