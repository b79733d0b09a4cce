package com.huike.crm.care;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

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
 * Builds users, teams and customers for the care and demand service tests. Every name is
 * unique, so tests never collide with each other's data.
 */
public class CareFixtures {

	private final UserAccountRepository users;

	private final TeamRepository teams;

	private final CustomerRepository customers;

	public CareFixtures(UserAccountRepository users, TeamRepository teams, CustomerRepository customers) {
		this.users = users;
		this.teams = teams;
		this.customers = customers;
	}

	public static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	public Viewer manager() {
		return viewer(users.save(new UserAccount(unique("m"), "x", "经理", Set.of(Role.MANAGER))), Set.of());
	}

	/** A supervisor leading a new team with the given managers. */
	public Viewer supervisorOf(Viewer... managers) {
		UserAccount supervisor = users.save(new UserAccount(unique("s"), "x", "主管", Set.of(Role.SUPERVISOR)));
		Team team = new Team(unique("组"));
		team.ledBy(supervisor.getId());
		Long teamId = teams.save(team).getId();
		Set<Long> members = new java.util.HashSet<>();
		for (Viewer manager : managers) {
			UserAccount account = users.findById(manager.userId()).orElseThrow();
			account.joinTeam(teamId);
			members.add(account.getId());
		}
		users.flush();
		return viewer(supervisor, members);
	}

	public Viewer admin() {
		return viewer(users.save(new UserAccount(unique("a"), "x", "管理员", Set.of(Role.ADMIN))), Set.of());
	}

	public Viewer agent() {
		return viewer(users.save(new UserAccount(unique("g"), "x", "客服", Set.of(Role.AGENT))), Set.of());
	}

	public Customer customer(Viewer owner, Grade grade) {
		Customer customer = new Customer(unique("KH").toUpperCase(), unique("客户"), owner.userId(), owner.userId());
		customer.regrade(grade);
		return customers.saveAndFlush(customer);
	}

	public Customer customerBorn(Viewer owner, LocalDate birthDate, boolean lunar) {
		Customer customer = customer(owner, Grade.D);
		customer.changeBirthDate(birthDate, lunar);
		return customers.saveAndFlush(customer);
	}

	public Customer customerWithProfile(Viewer owner, String profileJson) {
		Customer customer = customer(owner, Grade.D);
		customer.replaceProfile(profileJson, null, 0);
		return customers.saveAndFlush(customer);
	}

	private static Viewer viewer(UserAccount user, Set<Long> members) {
		return new Viewer(user.getId(), user.getUsername(), user.getDisplayName(), user.getRoles(), members);
	}

}
