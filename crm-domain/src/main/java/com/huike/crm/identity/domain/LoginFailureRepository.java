package com.huike.crm.identity.domain;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface LoginFailureRepository extends JpaRepository<LoginFailure, Long> {

	/**
	 * Times of the latest failures for a (lower-case) username since an instant, newest
	 * first.
	 */
	@Query("select f.failedAt from LoginFailure f where f.username = :username and f.failedAt > :since order by f.failedAt desc")
	List<Instant> findLatestByUsername(String username, Instant since, Pageable limit);

	/**
	 * Times of the latest failures for a (lower-case) username from one client address
	 * since an instant, newest first.
	 */
	@Query("select f.failedAt from LoginFailure f where f.username = :username and f.clientAddress = :address and f.failedAt > :since order by f.failedAt desc")
	List<Instant> findLatestByUsernameAndAddress(String username, String address, Instant since, Pageable limit);

	/**
	 * Times of the latest failures from a client address since an instant, newest first.
	 */
	@Query("select f.failedAt from LoginFailure f where f.clientAddress = :address and f.failedAt > :since order by f.failedAt desc")
	List<Instant> findLatestByAddress(String address, Instant since, Pageable limit);

	@Modifying
	@Query("delete from LoginFailure f where f.username = :username")
	int deleteByUsername(String username);

	@Modifying
	@Query("delete from LoginFailure f where f.failedAt < :before")
	int deleteOlderThan(Instant before);

}
