package com.huike.crm.identity.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.BatchSize;

/**
 * Someone who signs in. The password is stored as a BCrypt hash only.
 */
@Entity
@Table(name = "app_user")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String username;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	@Column(name = "team_id")
	private Long teamId;

	private String department;

	private boolean enabled = true;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt = Instant.now();

	// batched so that a page of users loads its roles in one more query, not one per user
	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = 100)
	@CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@Version
	private long version;

	public UserAccount(String username, String passwordHash, String displayName, Set<Role> roles) {
		if (username == null || username.isBlank()) {
			throw new IllegalArgumentException("username is required");
		}
		this.username = username.strip();
		this.passwordHash = passwordHash;
		rename(displayName);
		assignRoles(roles);
	}

	public void rename(String displayName) {
		this.displayName = (displayName == null || displayName.isBlank()) ? this.username : displayName.strip();
	}

	public void assignRoles(Set<Role> roles) {
		if (roles == null || roles.isEmpty()) {
			throw new IllegalArgumentException("a user needs at least one role");
		}
		this.roles.clear();
		this.roles.addAll(roles);
	}

	public void joinTeam(Long teamId) {
		this.teamId = teamId;
	}

	public void moveToDepartment(String department) {
		this.department = (department == null || department.isBlank()) ? null : department.strip();
	}

	public void changePasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public void enable() {
		this.enabled = true;
	}

	public void disable() {
		this.enabled = false;
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

}
