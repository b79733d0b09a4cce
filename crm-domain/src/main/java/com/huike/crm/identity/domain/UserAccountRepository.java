package com.huike.crm.identity.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsernameIgnoreCase(String username);

	boolean existsByUsernameIgnoreCase(String username);

	List<UserAccount> findByTeamIdOrderByUsername(Long teamId);

	List<UserAccount> findAllByOrderByUsername();

	long countByTeamId(Long teamId);

	@Query("select u.id from UserAccount u where u.teamId in (select t.id from Team t where t.supervisorId = :supervisorId)")
	List<Long> findIdsOfTeamMembersLedBy(Long supervisorId);

	/**
	 * The enabled market managers leading the team of this user (not the user): who
	 * decides on the user's plans.
	 */
	@Query("select s.id from UserAccount m, Team t, UserAccount s where m.id = :userId and t.id = m.teamId"
			+ " and s.id = t.supervisorId and s.enabled = true and s.id <> m.id")
	List<Long> findEnabledSupervisorIdsOf(Long userId);

	/** The managers with their roles in one statement (no query per manager). */
	@EntityGraph(attributePaths = "roles")
	@Query("select distinct u from UserAccount u join u.roles r where r = com.huike.crm.identity.domain.Role.MANAGER order by u.username")
	List<UserAccount> findManagers();

	/**
	 * Users whose username or display name contains the pattern ({@code like}, lower
	 * case; a backslash escapes wildcards).
	 */
	@Query("select u from UserAccount u where lower(u.username) like :pattern escape '\\' or lower(u.displayName) like :pattern escape '\\'")
	Page<UserAccount> search(String pattern, Pageable pageable);

	@Query("select distinct u from UserAccount u join u.roles r where r = com.huike.crm.identity.domain.Role.SUPERVISOR and u.enabled = true order by u.username")
	List<UserAccount> findEnabledSupervisors();

	@Query("select u.id from UserAccount u where lower(u.username) = :username or u.displayName = :displayName")
	List<Long> findIdsByUsernameOrDisplayName(String username, String displayName);

	/** Ids and display names only: one statement, no roles loaded. */
	@Query("select u.id as id, u.displayName as displayName from UserAccount u where u.id in :ids")
	List<DisplayName> findDisplayNames(java.util.Collection<Long> ids);

	/** The name a user is shown by. */
	interface DisplayName {

		Long getId();

		String getDisplayName();

	}

	@Query("select new com.huike.crm.identity.domain.TeamMemberCount(u.teamId, count(u)) from UserAccount u where u.teamId is not null group by u.teamId")
	List<TeamMemberCount> countMembersByTeam();

}
