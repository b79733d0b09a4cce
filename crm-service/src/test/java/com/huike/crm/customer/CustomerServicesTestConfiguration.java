package com.huike.crm.customer;

import com.huike.crm.audit.AccessLogService;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The archive's services other features' tests need on their JPA slice (the demand form
 * searches customers and suggests the products they bought), with what those services
 * need in turn; a class of this package, as some of them are package-private.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ CustomerService.class, CustomerCodeGenerator.class, CustomerSearch.class, CustomerSearchKeys.class,
		CustomerDirectory.class, CustomerTransactionService.class, ArchivePartAccess.class, AccessLogService.class })
public class CustomerServicesTestConfiguration {

}
