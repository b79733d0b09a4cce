package com.huike.crm.care.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.huike.crm.care.CareTaskService;
import com.huike.crm.care.NewCareTask;
import com.huike.crm.care.domain.CareTaskKind;
import com.huike.crm.customer.CustomerService;
import com.huike.crm.customer.NewCustomer;
import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.Viewer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Customers of the demo managers and care tasks on them, for the web tests of the care,
 * calendar and demand pages. Names are unique per call. A bean of the tests' application
 * context: inject it.
 */
@Component
public record CareWebFixtures(CustomerService customers, IdentityService identity, CareTaskService careTasks,
		JdbcTemplate jdbc, Clock clock) {

	public static String unique(String prefix) {
		return prefix + UUID.randomUUID().toString().substring(0, 6);
	}

	public Viewer viewer(String username) {
		return identity.viewer(username).orElseThrow();
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	/** A new customer of the given demo manager, with a unique name. */
	public Customer customer(String manager) {
		String name = unique("关怀客户");
		Long id = customers.create(new NewCustomer(name, null, null, null, Grade.B, DealStatus.CLOSED, null, null),
				viewer(manager));
		return new Customer(id, name, customers.get(id, viewer(manager)).code());
	}

	/**
	 * A care task on the customer of the given manager, due {@code dueInDays} from today.
	 */
	public Long task(Customer customer, String manager, CareTaskKind kind, int dueInDays) {
		LocalDate due = today().plusDays(dueInDays);
		careTasks.remind(
				List.of(new NewCareTask(customer.id(), viewer(manager).userId(), kind, due.plusDays(3), 0, null, due)));
		return jdbc.queryForObject("select id from care_task where customer_id = ? and kind = ?", Long.class,
				customer.id(), kind.name());
	}

	public record Customer(Long id, String name, String code) {
	}

}
