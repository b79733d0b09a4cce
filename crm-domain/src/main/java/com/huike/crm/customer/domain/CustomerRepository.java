package com.huike.crm.customer.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CustomerRepository extends JpaRepository<Customer, Long> {

	boolean existsByCode(String code);

	Optional<Customer> findByCode(String code);

	/** Code, name and owner only: not the profile (lists of other features). */
	List<CustomerNameView> findByIdIn(Collection<Long> ids);

	/** A manager's customers, oldest first. */
	Slice<Customer> findByOwnerIdOrderByIdAsc(Long ownerId, Pageable pageable);

	@Query(value = "select nextval('customer_code_seq')", nativeQuery = true)
	long nextCodeNumber();

	/** The columns a list needs to name a customer. */
	interface CustomerNameView {

		Long getId();

		String getCode();

		String getName();

		Long getOwnerId();

	}

}
