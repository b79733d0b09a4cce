package com.huike.crm.identity;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.huike.crm.identity.domain.Role;
import com.huike.crm.identity.domain.Team;
import com.huike.crm.identity.domain.TeamRepository;
import com.huike.crm.identity.domain.UserAccount;
import com.huike.crm.identity.domain.UserAccountRepository;
import com.huike.crm.shared.ConflictException;
import com.huike.crm.shared.NotAllowedException;
import com.huike.crm.shared.NotFoundException;
import com.huike.crm.shared.RuleViolationException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's use cases on users: list and find them, add one, change roles,
 * team, department and whether they may sign in, and reset a password. Every method takes
 * the acting {@link Viewer} and refuses anyone but an administrator.
 */
@Service
@Transactional(readOnly = true)
public class UserService {

	/** What a username may look like: it is typed at every sign-in. */
	public static final String USERNAME_PATTERN = "[A-Za-z0-9._-]{3,50}";

	/** Shortest password an administrator may set. */
	public static final int MIN_PASSWORD_LENGTH = 8;

	/** BCrypt reads at most 72 bytes of a password and refuses longer ones. */
	public static final int MAX_PASSWORD_BYTES = 72;

	private final UserAccountRepository users;

	private final TeamRepository teams;

	private final PasswordEncoder passwordEncoder;

	public UserService(UserAccountRepository users, TeamRepository teams, PasswordEncoder passwordEncoder) {
		this.users = users;
		this.teams = teams;
		this.passwordEncoder = passwordEncoder;
	}

	/**
	 * A page of users whose username or display name contains {@code text} (all when
	 * blank), ordered by username.
	 */
	public Page<UserOverview> search(String text, Pageable pageable, Viewer admin) {
		requireAdmin(admin);
		String pattern = "%" + escapeLike((text == null) ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
		Pageable ordered = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
				Sort.by("username").and(Sort.by("id")));
		Page<UserAccount> page = users.search(pattern, ordered);
		Map<Long, String> teamNames = teamNames(page.getContent()
			.stream()
			.map(UserAccount::getTeamId)
			.filter(Objects::nonNull)
			.collect(Collectors.toSet()));
		return page.map(u -> overview(u, teamNames));
	}

	public UserOverview get(Long id, Viewer admin) {
		requireAdmin(admin);
		UserAccount user = load(id);
		return overview(user, teamNames((user.getTeamId() != null) ? Set.of(user.getTeamId()) : Set.of()));
	}

	/** Adds a user who can sign in at once with the given initial password. */
	@Transactional
	public Long create(NewUser command, Viewer admin) {
		requireAdmin(admin);
		checkPassword(command.password());
		String username = (command.username() == null) ? "" : command.username().strip();
		if (!username.matches(USERNAME_PATTERN)) {
			throw new RuleViolationException("username", "admin.user.username.invalid");
		}
		if (users.existsByUsernameIgnoreCase(username)) {
			throw new RuleViolationException("username", "admin.user.username.taken");
		}
		requireTeam(command.teamId());
		UserAccount user = new UserAccount(username, passwordEncoder.encode(command.password()), command.displayName(),
				roles(command.roles()));
		user.joinTeam(command.teamId());
		user.moveToDepartment(command.department());
		return users.save(user).getId();
	}

	/** Changes display name, roles, team, department and whether the user may sign in. */
	@Transactional
	public void update(Long id, UserChanges changes, Viewer admin) {
		requireAdmin(admin);
		UserAccount user = load(id);
		if (user.getVersion() != changes.version()) {
			throw new ConflictException("user " + id + " changed meanwhile", ConflictException.VERSION,
					"admin.user.changedMeanwhile");
		}
		Set<Role> roles = roles(changes.roles());
		if (user.getId().equals(admin.userId()) && (!roles.contains(Role.ADMIN) || !changes.enabled())) {
			throw new RuleViolationException(null, "admin.user.ownAdministration");
		}
		requireTeam(changes.teamId());
		user.rename(changes.displayName());
		user.assignRoles(roles);
		user.joinTeam(changes.teamId());
		user.moveToDepartment(changes.department());
		if (changes.enabled()) {
			user.enable();
		}
		else {
			user.disable();
		}
	}

	/** Sets a new password; the user's old one stops working at once. */
	@Transactional
	public void resetPassword(Long id, String newPassword, Viewer admin) {
		requireAdmin(admin);
		checkPassword(newPassword);
		load(id).changePasswordHash(passwordEncoder.encode(newPassword));
	}

	/** The teams a user may be put into, by name. */
	public List<TeamOverview> teamChoices(Viewer admin) {
		requireAdmin(admin);
		return teams.findAllByOrderByName()
			.stream()
			.map(t -> new TeamOverview(t.getId(), t.getName(), t.getSupervisorId(), null, 0, t.getVersion()))
			.toList();
	}

	static void requireAdmin(Viewer viewer) {
		if (viewer == null || !viewer.isAdmin()) {
			throw new NotAllowedException("not an administrator: " + ((viewer != null) ? viewer.username() : null));
		}
	}

	private UserAccount load(Long id) {
		return users.findById(id).orElseThrow(() -> new NotFoundException("user", id));
	}

	private void requireTeam(Long teamId) {
		if (teamId != null && !teams.existsById(teamId)) {
			throw new RuleViolationException("teamId", "admin.user.team.notFound");
		}
	}

	private static void checkPassword(String password) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
			throw new RuleViolationException("password", "admin.user.password.minLength", MIN_PASSWORD_LENGTH);
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
			throw new RuleViolationException("password", "admin.user.password.tooLong");
		}
	}

	private static Set<Role> roles(Set<Role> roles) {
		if (roles == null || roles.isEmpty()) {
			throw new RuleViolationException("roles", "admin.user.roles.required");
		}
		return EnumSet.copyOf(roles);
	}

	private Map<Long, String> teamNames(Set<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return teams.findAllById(ids).stream().collect(Collectors.toMap(Team::getId, Team::getName));
	}

	private static UserOverview overview(UserAccount u, Map<Long, String> teamNames) {
		return new UserOverview(u.getId(), u.getUsername(), u.getDisplayName(), u.getRoles(), u.getTeamId(),
				(u.getTeamId() != null) ? teamNames.get(u.getTeamId()) : null, u.getDepartment(), u.isEnabled(),
				u.getCreatedAt(), u.getVersion());
	}

	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
