package com.huike.crm.complaint.web;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.huike.crm.customer.CustomerService;
import com.huike.crm.customer.NewCustomer;
import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.Viewer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Customers with a phone of their own and the state of requests, for the call center's
 * web tests.
 */
@Component
public record ComplaintWebFixtures(CustomerService customers, IdentityService identity, JdbcTemplate jdbc) {

	public Viewer viewer(String username) {
		return identity.viewer(username).orElseThrow();
	}

	/** A new customer of the given demo manager with a unique name and mobile number. */
	public Caller caller(String manager) {
		String name = "来电" + UUID.randomUUID().toString().substring(0, 6);
		String mobile = "199" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		Long id = customers.create(new NewCustomer(name, "某某烟酒店", mobile, null, Grade.B, DealStatus.CLOSED, null, null),
				viewer(manager));
		return new Caller(id, name, customers.get(id, viewer(manager)).code(), mobile);
	}

	public String status(Long requestId) {
		return jdbc.queryForObject("select status from service_request where id = ?", String.class, requestId);
	}

	public long version(Long requestId) {
		return jdbc.queryForObject("select version from service_request where id = ?", Long.class, requestId);
	}

	public int steps(Long requestId, String kind) {
		return jdbc.queryForObject("select count(*) from complaint_step where request_id = ? and kind = ?",
				Integer.class, requestId, kind);
	}

	public Long department(String name) {
		return jdbc.queryForObject("select id from complaint_department where name = ?", Long.class, name);
	}

	public Long category(String name) {
		return jdbc.queryForObject("select id from complaint_category where name = ?", Long.class, name);
	}

	public record Caller(Long id, String name, String code, String mobile) {
	}

}
