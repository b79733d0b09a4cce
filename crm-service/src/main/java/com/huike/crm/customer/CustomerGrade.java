package com.huike.crm.customer;

import com.huike.crm.customer.domain.Grade;

/**
 * A customer as work over whole books sees it (drafting the visit plans): its id, its
 * owner and its grade, nothing else.
 */
public record CustomerGrade(Long id, Long ownerId, Grade grade) {

}
