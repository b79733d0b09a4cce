package com.huike.crm.shared.domain;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

/**
 * What every repository of {@link CustomerEntry customer entries} answers: a customer's
 * entries a page at a time, and one entry only through its own customer, so that an id of
 * another customer's entry finds nothing.
 */
@NoRepositoryBean
public interface CustomerEntryRepository<E extends CustomerEntry> extends JpaRepository<E, Long> {

	Page<E> findByCustomerId(Long customerId, Pageable pageable);

	Optional<E> findByIdAndCustomerId(Long id, Long customerId);

}
