package com.huike.crm.complaint.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RoutingRuleRepository extends JpaRepository<RoutingRule, Long> {

	List<RoutingRule> findAllByOrderByPositionAscIdAsc();

}
