package com.huike.crm.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.huike.crm.identity.domain.LoginFailure;
import com.huike.crm.identity.domain.LoginFailureRepository;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Refuses sign-ins after repeated failures within {@code huike.login.window} (15
 * minutes): {@code huike.login.max-failures} (5) for one username from one client
 * address, {@code huike.login.max-failures-per-address} (50) from one address whatever
 * the usernames, and {@code huike.login.max-failures-per-username} (50) for one username
 * from all addresses together (guessing spread over many machines). Someone typing a
 * colleague's name with wrong passwords thus locks that name only from their own address:
 * the real user, at another address that has not failed, still signs in. The window
 * slides: the lock lifts when the oldest of those failures leaves it. A successful
 * sign-in clears the username's failures. Failures live in the database, so every app
 * instance sees the same count.
 * <p>
 * The per-address limit is higher than the per-username one because a whole office often
 * signs in from one address behind NAT.
 */
@Service
@Transactional(readOnly = true)
public class LoginThrottleService {

	private final LoginFailureRepository failures;

	private final Clock clock;

	private final int maxPerUsername;

	private final int maxPerAddress;

	private final int maxPerUsernameAnywhere;

	private final Duration window;

	public LoginThrottleService(LoginFailureRepository failures, Clock clock,
			@Value("${huike.login.max-failures:5}") int maxPerUsername,
			@Value("${huike.login.max-failures-per-address:50}") int maxPerAddress,
			@Value("${huike.login.max-failures-per-username:50}") int maxPerUsernameAnywhere,
			@Value("${huike.login.window:PT15M}") Duration window) {
		if (maxPerUsername < 1 || maxPerAddress < 1 || maxPerUsernameAnywhere < 1 || window.isNegative()
				|| window.isZero()) {
			throw new IllegalArgumentException("login throttling needs positive limits and window");
		}
		this.failures = failures;
		this.clock = clock;
		this.maxPerUsername = maxPerUsername;
		this.maxPerAddress = maxPerAddress;
		this.maxPerUsernameAnywhere = maxPerUsernameAnywhere;
		this.window = window;
	}

	/**
	 * Whether sign-ins for this username, or from this address, are refused now, and for
	 * how long.
	 */
	public LoginCheck check(String username, String clientAddress) {
		Instant now = clock.instant();
		Instant since = now.minus(window);
		String name = normalize(username);
		String address = (clientAddress != null) ? clientAddress : "";
		List<Instant> byUser = failures.findLatestByUsername(name, since, PageRequest.of(0, maxPerUsernameAnywhere));
		Instant until = lockedUntil(byUser, maxPerUsernameAnywhere, null);
		until = lockedUntil(
				failures.findLatestByUsernameAndAddress(name, address, since, PageRequest.of(0, maxPerUsername)),
				maxPerUsername, until);
		until = lockedUntil(failures.findLatestByAddress(address, since, PageRequest.of(0, maxPerAddress)),
				maxPerAddress, until);
		Duration lockedFor = (until != null && until.isAfter(now)) ? Duration.between(now, until) : null;
		return new LoginCheck(Optional.ofNullable(lockedFor), !byUser.isEmpty());
	}

	/** Counts a failed sign-in (wrong password or unknown user). */
	@Transactional
	public void recordFailure(String username, String clientAddress) {
		Instant now = clock.instant();
		failures.deleteOlderThan(now.minus(window));
		failures.save(new LoginFailure(normalize(username), (clientAddress != null) ? clientAddress : "", now));
	}

	/**
	 * A successful sign-in forgives the username's earlier failures (the address's
	 * failures for other usernames still count).
	 */
	@Transactional
	public void recordSuccess(String username) {
		failures.deleteByUsername(normalize(username));
	}

	/**
	 * When a lock of {@code limit} failures lifts (the oldest counted one leaves the
	 * window), or {@code until} when that is later or this is no lock.
	 */
	private Instant lockedUntil(List<Instant> latest, int limit, Instant until) {
		if (latest.size() < limit) {
			return until;
		}
		Instant lifts = latest.get(limit - 1).plus(window);
		return (until == null || lifts.isAfter(until)) ? lifts : until;
	}

	private static String normalize(String username) {
		String name = (username == null) ? "" : username.strip().toLowerCase(Locale.ROOT);
		return (name.length() > 100) ? name.substring(0, 100) : name;
	}

	/**
	 * The outcome of {@link #check}.
	 *
	 * @param lockedFor how long sign-ins stay refused; empty when allowed
	 * @param recentFailures whether the username failed within the window (only then is
	 * there anything for a success to clear)
	 */
	public record LoginCheck(Optional<Duration> lockedFor, boolean recentFailures) {

		public boolean locked() {
			return lockedFor.isPresent();
		}

	}

}
