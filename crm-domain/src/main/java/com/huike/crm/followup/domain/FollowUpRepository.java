package com.huike.crm.followup.domain;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

	Page<FollowUp> findByCustomerIdOrderByOccurredAtDescIdDesc(Long customerId, Pageable pageable);

	Optional<FollowUp> findFirstByCustomerIdAndChannelOrderByOccurredAtDesc(Long customerId, Channel channel);

}
