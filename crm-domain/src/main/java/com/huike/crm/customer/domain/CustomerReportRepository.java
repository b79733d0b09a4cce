package com.huike.crm.customer.domain;

import com.huike.crm.shared.domain.CustomerEntryRepository;

public interface CustomerReportRepository extends CustomerEntryRepository<CustomerReport> {

}
