package com.huike.crm.identity.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByUsernameIgnoreCase(String username);

	boolean existsByUsernameIgnoreCase(String username);

	List<UserAccount> findByTeamIdOrderByUsername(Long teamId);

	List<UserAccount> findAllByOrderByUsername();

	@Query("select u.id from UserAccount u where u.teamId in (select t.id from Team t where t.supervisorId = :supervisorId)")
	List<Long> findIdsOfTeamMembersLedBy(Long supervisorId);

	/** The managers with their roles in one statement (no query per manager). */
	@EntityGraph(attributePaths = "roles")
	@Query("select distinct u from UserAccount u join u.roles r where r = com.huike.crm.identity.domain.Role.MANAGER order by u.username")
	List<UserAccount> findManagers();

}
