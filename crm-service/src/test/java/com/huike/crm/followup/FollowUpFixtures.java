package com.huike.crm.followup;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.huike.crm.customer.domain.Customer;
import com.huike.crm.customer.domain.CustomerRepository;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.identity.Viewer;
import com.huike.crm.identity.domain.Role;
import com.huike.crm.identity.domain.Team;
import com.huike.crm.identity.domain.TeamRepository;
import com.huike.crm.identity.domain.UserAccount;
import com.huike.crm.identity.domain.UserAccountRepository;

/**
 * Users, teams and scheduled customers for the service tests.
 */
class FollowUpFixtures {

	private static final AtomicInteger SEQ = new AtomicInteger();

	private final UserAccountRepository users;

	private final TeamRepository teams;

	private final CustomerRepository customers;

	FollowUpFixtures(UserAccountRepository users, TeamRepository teams, CustomerRepository customers) {
		this.users = users;
		this.teams = teams;
		this.customers = customers;
	}

	/** A supervisor leading a team of two managers. */
	Team team() {
		int n = SEQ.incrementAndGet();
		UserAccount supervisor = users.save(new UserAccount("sup-" + n, "x", "主管" + n, Set.of(Role.SUPERVISOR)));
		Team team = new Team("组" + n);
		team.ledBy(supervisor.getId());
		team = teams.save(team);
		manager(team.getId(), "甲");
		manager(team.getId(), "乙");
		return team;
	}

	UserAccount manager(Long teamId, String name) {
		UserAccount manager = new UserAccount("mgr-" + SEQ.incrementAndGet(), "x", "经理" + name, Set.of(Role.MANAGER));
		manager.joinTeam(teamId);
		return users.save(manager);
	}

	Viewer viewer(UserAccount user) {
		Set<Long> members = user.hasRole(Role.SUPERVISOR) ? Set.copyOf(users.findIdsOfTeamMembersLedBy(user.getId()))
				: Set.of();
		return new Viewer(user.getId(), user.getUsername(), user.getDisplayName(), user.getRoles(), members);
	}

	Customer customer(UserAccount owner, String name, Grade grade, LocalDate due) {
		Customer customer = new Customer("T" + SEQ.incrementAndGet() + "-" + System.nanoTime(), name, owner.getId(),
				owner.getId());
		customer.regrade(grade);
		customer.reindex(name, new String[0], "");
		if (due != null) {
			customer.scheduleNextFollowUp(due);
		}
		return customers.saveAndFlush(customer);
	}

}
