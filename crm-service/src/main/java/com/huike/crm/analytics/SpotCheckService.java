package com.huike.crm.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.huike.crm.analytics.domain.SpotCheck;
import com.huike.crm.analytics.domain.SpotCheckRepository;
import com.huike.crm.analytics.domain.SpotCheckResult;
import com.huike.crm.customer.CustomerFigures;
import com.huike.crm.customer.CustomerFigures.NamedCustomer;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.Viewer;
import com.huike.crm.identity.domain.Role;
import com.huike.crm.shared.NotAllowedException;
import com.huike.crm.shared.NotFoundException;
import com.huike.crm.shared.RuleViolationException;
import com.huike.crm.shared.Text;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spot checks of the archive (抽查, seed 002: the regional manager checks that the data are
 * real): a market manager (or the administrator) draws a random sample of one of their
 * managers' archives for the month — stale and incomplete archives weighted up — checks
 * each and records pass or fail with the findings; the manager sees the open findings on
 * the archive and marks them fixed; the month's results rank the managers.
 */
@Service
@Transactional(readOnly = true)
public class SpotCheckService {

	/** The largest sample of one draw. */
	public static final int MAX_SAMPLE = 50;

	static final int FINDINGS_MAX = 1000;

	private final SpotCheckRepository checks;

	private final CustomerFigures customers;

	private final IdentityService identity;

	private final Clock clock;

	private final int staleDays;

	SpotCheckService(SpotCheckRepository checks, CustomerFigures customers, IdentityService identity, Clock clock,
			@Value("${huike.analytics.stale-days:180}") int staleDays) {
		this.checks = checks;
		this.customers = customers;
		this.identity = identity;
		this.clock = clock;
		this.staleDays = Math.max(1, staleDays);
	}

	/** A check as the pages and the API show it. */
	public record SpotCheckView(Long id, Long managerId, String managerName, Long customerId, String customerCode,
			String customerName, LocalDate month, SpotCheckResult result, String findings, Instant checkedAt,
			Instant fixedAt, long version) {

		public boolean openFinding() {
			return result == SpotCheckResult.FAIL && fixedAt == null;
		}

	}

	/** A manager's results of the month: checked, passed, the pass rate. */
	public record Ranking(int rank, Long managerId, String managerName, int drawn, int checked, int passed, int failed,
			BigDecimal passRate) {

	}

	/** Whether the viewer checks archives (market managers and the administrator). */
	public static boolean mayCheck(Viewer viewer) {
		return viewer.isAdmin() || viewer.has(Role.SUPERVISOR);
	}

	private void checker(Viewer viewer, Long managerId) {
		if (!mayCheck(viewer)) {
			throw new NotAllowedException("spot checks", "spotcheck.notAllowed");
		}
		if (managerId != null && !viewer.isAdmin() && !viewer.teamMemberIds().contains(managerId)) {
			throw new NotFoundException("manager", managerId);
		}
	}

	/**
	 * The managers whose archives the viewer checks (their team's; all for the admin).
	 */
	public List<IdentityService.UserSummary> managers(Viewer viewer) {
		checker(viewer, null);
		return identity.activeManagersFor(viewer);
	}

	/**
	 * Draws up to {@code size} more of the manager's archives for this month's round
	 * (none twice in a month).
	 * @return how many were drawn
	 */
	@Transactional
	public int draw(Long managerId, int size, Viewer viewer) {
		checker(viewer, managerId);
		if (managerId == null) {
			throw new RuleViolationException("managerId", "spotcheck.manager.required");
		}
		if (size < 1 || size > MAX_SAMPLE) {
			throw new RuleViolationException("size", "spotcheck.size.range", MAX_SAMPLE);
		}
		LocalDate month = LocalDate.now(clock).withDayOfMonth(1);
		Set<Long> already = new HashSet<>();
		checks.findByMonthAndManagerId(month, managerId).forEach(c -> already.add(c.getCustomerId()));
		List<NamedCustomer> sample = customers.sample(managerId, size, already,
				clock.instant().minus(Duration.ofDays(staleDays)));
		Instant now = clock.instant();
		sample.forEach(c -> checks.save(new SpotCheck(managerId, c.id(), month, viewer.userId(), now)));
		return sample.size();
	}

	/**
	 * Records a check's result (a failure with its findings), if still at
	 * {@code version}.
	 */
	@Transactional
	public void record(Long id, long version, SpotCheckResult result, String findings, Viewer viewer) {
		SpotCheck check = checks.findById(id).orElseThrow(() -> new NotFoundException("spot check", id));
		checker(viewer, check.getManagerId());
		if (check.getFixedAt() != null) {
			throw new RuleViolationException("result", "spotcheck.fixed");
		}
		if (check.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(SpotCheck.class, id);
		}
		if (result == null) {
			throw new RuleViolationException("result", "spotcheck.result.required");
		}
		String text = (findings != null) ? findings.strip() : "";
		if (result == SpotCheckResult.FAIL && text.isEmpty()) {
			throw new RuleViolationException("findings", "spotcheck.findings.required");
		}
		if (text.codePointCount(0, text.length()) > FINDINGS_MAX
				|| Text.hasControlCharacters(text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' '))) {
			throw new RuleViolationException("findings", "spotcheck.findings.invalid", FINDINGS_MAX);
		}
		check.record(result, text, viewer.userId(), clock.instant());
	}

	/** The manager fixed what a check found on their archive. */
	@Transactional
	public void fixed(Long id, Viewer viewer) {
		SpotCheck check = checks.findById(id).orElseThrow(() -> new NotFoundException("spot check", id));
		if (!check.getManagerId().equals(viewer.userId())) {
			throw new NotFoundException("spot check", id);
		}
		if (!check.isOpenFinding()) {
			throw new RuleViolationException("id", "spotcheck.nothingToFix");
		}
		check.fixed(clock.instant());
	}

	/** The month's round of the viewer's managers (one manager's, when given). */
	public List<SpotCheckView> round(LocalDate month, Long managerId, Viewer viewer) {
		checker(viewer, managerId);
		LocalDate first = month.withDayOfMonth(1);
		List<SpotCheck> found;
		if (managerId != null) {
			found = checks.findByMonthAndManagerIdInOrderByManagerIdAscIdAsc(first, List.of(managerId));
		}
		else if (viewer.isAdmin()) {
			found = checks.findByMonthOrderByManagerIdAscIdAsc(first);
		}
		else {
			found = checks.findByMonthAndManagerIdInOrderByManagerIdAscIdAsc(first, viewer.teamMemberIds());
		}
		return views(found);
	}

	/** One check, for those who check it and its manager. */
	public SpotCheckView get(Long id, Viewer viewer) {
		SpotCheck check = checks.findById(id)
			.filter(c -> viewer.isAdmin() || c.getManagerId().equals(viewer.userId())
					|| viewer.teamMemberIds().contains(c.getManagerId()))
			.orElseThrow(() -> new NotFoundException("spot check", id));
		return views(List.of(check)).get(0);
	}

	/** The month's ranking of the viewer's managers: the best pass rate first (奖惩分明). */
	public List<Ranking> ranking(LocalDate month, Viewer viewer) {
		List<SpotCheckView> round = round(month, null, viewer);
		Map<Long, int[]> counts = new LinkedHashMap<>();
		Map<Long, String> names = new LinkedHashMap<>();
		for (SpotCheckView c : round) {
			int[] n = counts.computeIfAbsent(c.managerId(), k -> new int[4]);
			names.put(c.managerId(), c.managerName());
			n[0]++;
			if (c.result() != null) {
				n[1]++;
				n[(c.result() == SpotCheckResult.PASS) ? 2 : 3]++;
			}
		}
		List<Ranking> rows = new ArrayList<>();
		counts.forEach((manager, n) -> rows
			.add(new Ranking(0, manager, names.get(manager), n[0], n[1], n[2], n[3], (n[1] == 0) ? null
					: BigDecimal.valueOf(n[2] * 100L).divide(BigDecimal.valueOf(n[1]), 1, RoundingMode.HALF_UP))));
		rows.sort((a, b) -> {
			if (a.passRate() == null || b.passRate() == null) {
				return (a.passRate() == null) ? ((b.passRate() == null) ? 0 : 1) : -1;
			}
			int byRate = b.passRate().compareTo(a.passRate());
			return (byRate != 0) ? byRate : Integer.compare(b.checked(), a.checked());
		});
		List<Ranking> ranked = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Ranking r = rows.get(i);
			ranked.add(new Ranking(i + 1, r.managerId(), r.managerName(), r.drawn(), r.checked(), r.passed(),
					r.failed(), r.passRate()));
		}
		return ranked;
	}

	/**
	 * The checks of a customer's archive the viewer may see: its manager's own, their
	 * market manager's, all for the administrator; newest first.
	 */
	public List<SpotCheckView> ofCustomer(Long customerId, Viewer viewer) {
		List<SpotCheck> found = checks.findByCustomerIdOrderByMonthDescIdDesc(customerId)
			.stream()
			.filter(c -> viewer.isAdmin() || c.getManagerId().equals(viewer.userId())
					|| viewer.teamMemberIds().contains(c.getManagerId()))
			.toList();
		return views(found);
	}

	private List<SpotCheckView> views(Collection<SpotCheck> found) {
		Set<Long> customerIds = new HashSet<>();
		Set<Long> managerIds = new HashSet<>();
		found.forEach(c -> {
			customerIds.add(c.getCustomerId());
			managerIds.add(c.getManagerId());
		});
		Map<Long, NamedCustomer> named = customers.named(customerIds);
		Map<Long, String> names = identity.displayNames(managerIds);
		return found.stream().map(c -> {
			NamedCustomer customer = named.get(c.getCustomerId());
			return new SpotCheckView(c.getId(), c.getManagerId(), names.get(c.getManagerId()), c.getCustomerId(),
					(customer != null) ? customer.code() : null, (customer != null) ? customer.name() : null,
					c.getMonth(), c.getResult(), c.getFindings(), c.getCheckedAt(), c.getFixedAt(), c.getVersion());
		}).toList();
	}

}
