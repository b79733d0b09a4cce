package com.huike.crm.identity;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.huike.crm.identity.domain.Role;
import com.huike.crm.identity.domain.Team;
import com.huike.crm.identity.domain.TeamRepository;
import com.huike.crm.identity.domain.UserAccount;
import com.huike.crm.identity.domain.UserAccountRepository;
import com.huike.crm.shared.RuleViolationException;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads who users are, for sign-in, scoping ({@link Viewer}) and showing names. The
 * administrator's use cases live in {@link UserService} and {@link TeamService}; the
 * create methods here seed accounts (demo data, tests) without the password policy.
 */
@Service
@Transactional(readOnly = true)
public class IdentityService {

	private final UserAccountRepository users;

	private final TeamRepository teams;

	private final PasswordEncoder passwordEncoder;

	private final NamedParameterJdbcTemplate jdbc;

	/**
	 * An enabled user by username in any case (as {@code findByUsernameIgnoreCase}), with
	 * the roles and the members of the teams the user leads (not the user).
	 */
	private static final String VIEWER = "select u.id, u.username, u.display_name,"
			+ " array(select r.role from app_user_role r where r.user_id = u.id) as roles,"
			+ " array(select m.id from app_user m join team t on t.id = m.team_id"
			+ " where t.supervisor_id = u.id and m.id <> u.id) as members"
			+ " from app_user u where upper(u.username) = upper(:username) and u.enabled";

	public IdentityService(UserAccountRepository users, TeamRepository teams, PasswordEncoder passwordEncoder,
			NamedParameterJdbcTemplate jdbc) {
		this.users = users;
		this.teams = teams;
		this.passwordEncoder = passwordEncoder;
		this.jdbc = jdbc;
	}

	/** Creates a user with a BCrypt hash of the given password. */
	@Transactional
	public Long createUser(String username, String rawPassword, String displayName, Set<Role> roles, Long teamId,
			String department) {
		if (users.existsByUsernameIgnoreCase(username)) {
			throw new RuleViolationException("username", "admin.user.username.taken");
		}
		UserAccount user = new UserAccount(username, passwordEncoder.encode(rawPassword), displayName, roles);
		user.joinTeam(teamId);
		user.moveToDepartment(department);
		return users.save(user).getId();
	}

	/** Creates a team, optionally led by a supervisor. */
	@Transactional
	public Long createTeam(String name, Long supervisorId) {
		Team team = new Team(name);
		team.ledBy(supervisorId);
		return teams.save(team).getId();
	}

	/**
	 * The account itself, for this feature and its tests; other features use the methods
	 * below.
	 */
	public Optional<UserAccount> findByUsername(String username) {
		return users.findByUsernameIgnoreCase(username);
	}

	/** The id of the user signing in with this name (any case), enabled or not. */
	public Optional<Long> userIdOf(String username) {
		return users.findByUsernameIgnoreCase(username).map(UserAccount::getId);
	}

	/**
	 * The department a user belongs to (a handler's, e.g. 售后服务部), or empty: what the
	 * complaint feature routes by.
	 */
	public Optional<String> departmentOf(Long userId) {
		return (userId == null) ? Optional.empty() : users.findById(userId).map(UserAccount::getDepartment);
	}

	/** Every enabled customer manager, by id. */
	public List<Long> enabledManagerIds() {
		return users.findManagers().stream().filter(UserAccount::isEnabled).map(UserAccount::getId).sorted().toList();
	}

	/**
	 * The enabled market managers (市场经理) leading the team of this user, never the user:
	 * who decides on what the user submits.
	 */
	public Set<Long> supervisorsOf(Long userId) {
		return (userId == null) ? Set.of() : Set.copyOf(users.findEnabledSupervisorIdsOf(userId));
	}

	/**
	 * The users signing in with this name (any case) or shown by this display name, e.g.
	 * to filter a log by who it names.
	 */
	public Set<Long> userIdsNamed(String name) {
		Set<Long> ids = new HashSet<>(users.findIdsByUsernameOrDisplayName(name.toLowerCase(Locale.ROOT), name));
		return Set.copyOf(ids);
	}

	/**
	 * What signing in checks: the password hash, whether the user may sign in, the roles.
	 */
	public Optional<Credentials> credentials(String username) {
		return users.findByUsernameIgnoreCase(username)
			.map(u -> new Credentials(u.getUsername(), u.getPasswordHash(), u.isEnabled(), u.getRoles()));
	}

	/** A user's sign-in data; the hash never leaves the application. */
	public record Credentials(String username, String passwordHash, boolean enabled, Set<Role> roles) {

		public Credentials {
			roles = Set.copyOf(roles);
		}

	}

	/**
	 * Builds the scoping record for a signed-in user, with the members of the teams they
	 * lead. Every page asks this once: one statement, rather than the entity, its roles
	 * and the team members in three.
	 */
	public Optional<Viewer> viewer(String username) {
		List<Viewer> found = jdbc.query(VIEWER, Map.of("username", username), (rs, i) -> {
			Set<Role> roles = new HashSet<>();
			for (String role : (String[]) rs.getArray("roles").getArray()) {
				roles.add(Role.valueOf(role));
			}
			Set<Long> members = new HashSet<>();
			if (roles.contains(Role.SUPERVISOR)) {
				members.addAll(List.of((Long[]) rs.getArray("members").getArray()));
			}
			return new Viewer(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"), roles, members);
		});
		return found.stream().findFirst();
	}

	/**
	 * Display names by user id, for showing owners and authors without a query per row.
	 */
	public Map<Long, String> displayNames(Set<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		// a projection: loading the entities would fetch their roles too
		return users.findDisplayNames(ids)
			.stream()
			.collect(Collectors.toMap(UserAccountRepository.DisplayName::getId,
					UserAccountRepository.DisplayName::getDisplayName));
	}

	/**
	 * The team (the region a market manager leads: 一组, 二组…) of each of these users that
	 * has one, by user id, for figures per region.
	 */
	public Map<Long, String> teamNames(Set<Long> userIds) {
		if (userIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, String> names = new java.util.HashMap<>();
		jdbc.query("select u.id, t.name from app_user u join team t on t.id = u.team_id where u.id in (:ids)",
				Map.of("ids", userIds), rs -> {
					names.put(rs.getLong(1), rs.getString(2));
				});
		return names;
	}

	/**
	 * The managers a viewer may assign customers to: all for admins, the team for
	 * supervisors.
	 */
	public List<UserSummary> assignableManagers(Viewer viewer) {
		if (!viewer.isAdmin() && !viewer.has(Role.SUPERVISOR)) {
			// a manager assigns to themselves only: no need to read every manager
			return viewer.has(Role.MANAGER)
					? List.of(new UserSummary(viewer.userId(), viewer.username(), viewer.displayName())) : List.of();
		}
		List<UserAccount> managers = users.findManagers();
		if (!viewer.isAdmin()) {
			managers = managers.stream().filter(m -> viewer.ownsOrSupervises(m.getId())).toList();
		}
		return managers.stream().map(UserSummary::of).toList();
	}

	/**
	 * The enabled managers a viewer may hand customers to: all for admins, the team's for
	 * supervisors, nobody for anyone else.
	 */
	public List<UserSummary> activeManagersFor(Viewer viewer) {
		if (!viewer.isAdmin() && !viewer.has(Role.SUPERVISOR)) {
			return List.of();
		}
		return users.findManagers()
			.stream()
			.filter(UserAccount::isEnabled)
			.filter(m -> viewer.isAdmin() || viewer.teamMemberIds().contains(m.getId()))
			.map(UserSummary::of)
			.toList();
	}

	/**
	 * True when the user exists, may sign in and holds the manager role: only such a user
	 * can own customers.
	 */
	public boolean isActiveManager(Long userId) {
		return userId != null && users.findById(userId)
			.filter(UserAccount::isEnabled)
			.filter(u -> u.hasRole(Role.MANAGER))
			.isPresent();
	}

	public Map<Long, UserSummary> summaries(Set<Long> ids) {
		return users.findAllById(ids)
			.stream()
			.map(UserSummary::of)
			.collect(Collectors.toMap(UserSummary::id, Function.identity()));
	}

	/** A user as lists show them. */
	public record UserSummary(Long id, String username, String displayName) {

		public static UserSummary of(UserAccount user) {
			return new UserSummary(user.getId(), user.getUsername(), user.getDisplayName());
		}

	}

}
