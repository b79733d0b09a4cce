package com.huike.crm.identity;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.huike.crm.identity.domain.Role;
import com.huike.crm.identity.domain.Team;
import com.huike.crm.identity.domain.TeamMemberCount;
import com.huike.crm.identity.domain.TeamRepository;
import com.huike.crm.identity.domain.UserAccount;
import com.huike.crm.identity.domain.UserAccountRepository;
import com.huike.crm.shared.ConflictException;
import com.huike.crm.shared.NotFoundException;
import com.huike.crm.shared.RuleViolationException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's use cases on teams: list, add, rename, and choose the supervisor
 * (市场经理) who leads one. Who belongs to a team is set on the user.
 */
@Service
@Transactional(readOnly = true)
public class TeamService {

	private final TeamRepository teams;

	private final UserAccountRepository users;

	public TeamService(TeamRepository teams, UserAccountRepository users) {
		this.teams = teams;
		this.users = users;
	}

	/**
	 * Every team by name, with its supervisor and member count (a handful of queries).
	 */
	public List<TeamOverview> list(Viewer admin) {
		UserService.requireAdmin(admin);
		List<Team> all = teams.findAllByOrderByName();
		Map<Long, Long> members = users.countMembersByTeam()
			.stream()
			.collect(Collectors.toMap(TeamMemberCount::teamId, TeamMemberCount::members));
		Map<Long, String> supervisors = displayNames(
				all.stream().map(Team::getSupervisorId).filter(Objects::nonNull).collect(Collectors.toSet()));
		return all.stream()
			.map(t -> new TeamOverview(t.getId(), t.getName(), t.getSupervisorId(),
					supervisorName(supervisors, t.getSupervisorId()), members.getOrDefault(t.getId(), 0L),
					t.getVersion()))
			.toList();
	}

	public TeamOverview get(Long id, Viewer admin) {
		UserService.requireAdmin(admin);
		Team team = load(id);
		Map<Long, String> supervisors = displayNames(
				(team.getSupervisorId() != null) ? Set.of(team.getSupervisorId()) : Set.of());
		long members = users.countByTeamId(id);
		return new TeamOverview(team.getId(), team.getName(), team.getSupervisorId(),
				supervisorName(supervisors, team.getSupervisorId()), members, team.getVersion());
	}

	/** The users who may lead a team: enabled supervisors. */
	public List<IdentityService.UserSummary> supervisorChoices(Viewer admin) {
		UserService.requireAdmin(admin);
		return users.findEnabledSupervisors()
			.stream()
			.map(u -> new IdentityService.UserSummary(u.getId(), u.getUsername(), u.getDisplayName()))
			.toList();
	}

	@Transactional
	public Long create(String name, Long supervisorId, Viewer admin) {
		UserService.requireAdmin(admin);
		String cleanName = requireFreeName(name, null);
		requireSupervisor(supervisorId);
		Team team = new Team(cleanName);
		team.ledBy(supervisorId);
		return teams.save(team).getId();
	}

	/** Renames the team and sets (or clears) its supervisor. */
	@Transactional
	public void update(Long id, String name, Long supervisorId, long version, Viewer admin) {
		UserService.requireAdmin(admin);
		Team team = load(id);
		if (team.getVersion() != version) {
			throw new ConflictException("team " + id + " changed meanwhile", ConflictException.VERSION,
					"admin.team.changedMeanwhile");
		}
		String cleanName = requireFreeName(name, id);
		requireSupervisor(supervisorId);
		team.rename(cleanName);
		team.ledBy(supervisorId);
	}

	private Team load(Long id) {
		return teams.findById(id).orElseThrow(() -> new NotFoundException("team", id));
	}

	private String requireFreeName(String name, Long exceptTeamId) {
		String clean = (name == null) ? "" : name.strip();
		if (clean.isEmpty()) {
			throw new RuleViolationException("name", "admin.team.name.required");
		}
		teams.findByName(clean).filter(other -> !other.getId().equals(exceptTeamId)).ifPresent(other -> {
			throw new RuleViolationException("name", "admin.team.name.taken");
		});
		return clean;
	}

	private void requireSupervisor(Long supervisorId) {
		if (supervisorId == null) {
			return;
		}
		boolean supervisor = users.findById(supervisorId)
			.filter(UserAccount::isEnabled)
			.filter(u -> u.hasRole(Role.SUPERVISOR))
			.isPresent();
		if (!supervisor) {
			throw new RuleViolationException("supervisorId", "admin.team.supervisor.invalid");
		}
	}

	private static String supervisorName(Map<Long, String> names, Long supervisorId) {
		return (supervisorId != null) ? names.get(supervisorId) : null;
	}

	private Map<Long, String> displayNames(Set<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return users.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(UserAccount::getId, UserAccount::getDisplayName));
	}

}
