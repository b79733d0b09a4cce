package com.huike.crm.security;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import com.huike.crm.WebIntegrationTest;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.domain.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sign-in throttling: 5 failures within 15 minutes lock a username from that client
 * address, 50 lock the address, 50 from everywhere lock the username. Each test signs in
 * from its own (documentation-range) address so that the address limit of one test never
 * touches another.
 */
class LoginThrottleTests extends WebIntegrationTest {

	static final String PASSWORD = "correct-horse";

	@Autowired
	IdentityService identity;

	@Autowired
	JdbcTemplate jdbc;

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	ResultActions signIn(String username, String password, String address) throws Exception {
		return mvc.perform(post("/login").param("username", username)
			.param("password", password)
			.with(csrf())
			.with(from(address)));
	}

	@Test
	void fiveFailuresLockTheUsernameFromThatAddressEvenForTheRightPassword() throws Exception {
		identity.createUser("suoding", PASSWORD, "锁定", Set.of(Role.MANAGER), null, null);
		for (int i = 1; i <= 4; i++) {
			signIn("suoding", "wrong" + i, "192.0.2.1").andExpect(unauthenticated())
				.andExpect(redirectedUrl("/login?error&username=suoding"));
		}
		signIn("suoding", "wrong5", "192.0.2.1").andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?locked=15&username=suoding"));
		signIn("SuoDing", PASSWORD, "192.0.2.1").andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?locked=15&username=SuoDing"));
	}

	@Test
	void someoneTypingAColleaguesNameDoesNotShutTheColleagueOut() throws Exception {
		identity.createUser("tongshi", PASSWORD, "同事", Set.of(Role.MANAGER), null, null);
		for (int i = 1; i <= 6; i++) {
			signIn("tongshi", "guess" + i, "192.0.2.20").andExpect(unauthenticated());
		}
		// the real user, at a desk that has not failed
		signIn("tongshi", PASSWORD, "192.0.2.21").andExpect(authenticated().withUsername("tongshi"));
	}

	@Test
	void guessesSpreadOverManyAddressesStillLockTheUsername() throws Exception {
		identity.createUser("fenbu", PASSWORD, "分布", Set.of(Role.MANAGER), null, null);
		for (int i = 0; i < 50; i++) {
			signIn("fenbu", "guess" + i, "203.0.113." + (i % 25 + 1)).andExpect(unauthenticated());
		}
		assertThat(jdbc.queryForObject("select count(*) from login_failure where username = 'fenbu'", Long.class))
			.isEqualTo(50L);
		signIn("fenbu", PASSWORD, "203.0.113.200").andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?locked=15&username=fenbu"));
	}

	@Test
	void theLockedMessageIsClearInBothLanguagesAndKeepsTheUsername() throws Exception {
		mvc.perform(get("/login").param("locked", "15").param("username", "suoding"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("登录失败次数过多，请 15 分钟后再试。")))
			.andExpect(content().string(containsString("value=\"suoding\"")));
		mvc.perform(get("/login").param("locked", "7").param("lang", "en"))
			.andExpect(content().string(containsString("Too many failed sign-ins. Try again in 7 minutes.")));
		mvc.perform(get("/login").param("error", "").param("lang", "en"))
			.andExpect(content().string(containsString("Wrong username or password.")));
	}

	@Test
	void theLockLiftsOnceTheFailuresAreOlderThanTheWindow() throws Exception {
		identity.createUser("jiesuo", PASSWORD, "解锁", Set.of(Role.MANAGER), null, null);
		Instant sixteenMinutesAgo = Instant.now().minus(16, ChronoUnit.MINUTES);
		for (int i = 0; i < 5; i++) {
			jdbc.update(
					"insert into login_failure (username, client_address, failed_at) values ('jiesuo', '192.0.2.10', ?)",
					java.sql.Timestamp.from(sixteenMinutesAgo));
		}
		signIn("jiesuo", PASSWORD, "192.0.2.10").andExpect(authenticated().withUsername("jiesuo"));

		Instant tenMinutesAgo = Instant.now().minus(10, ChronoUnit.MINUTES);
		for (int i = 0; i < 5; i++) {
			jdbc.update(
					"insert into login_failure (username, client_address, failed_at) values ('jiesuo', '192.0.2.10', ?)",
					java.sql.Timestamp.from(tenMinutesAgo));
		}
		// the oldest of the five leaves the window in about five minutes
		signIn("jiesuo", PASSWORD, "192.0.2.10").andExpect(redirectedUrl("/login?locked=5&username=jiesuo"));
	}

	@Test
	void aSuccessfulSignInForgivesEarlierFailures() throws Exception {
		identity.createUser("yuanliang", PASSWORD, "原谅", Set.of(Role.MANAGER), null, null);
		for (int i = 0; i < 4; i++) {
			signIn("yuanliang", "wrong", "192.0.2.20").andExpect(unauthenticated());
		}
		signIn("yuanliang", PASSWORD, "192.0.2.20").andExpect(authenticated());
		for (int i = 0; i < 4; i++) {
			signIn("yuanliang", "wrong", "192.0.2.20").andExpect(unauthenticated())
				.andExpect(redirectedUrl("/login?error&username=yuanliang"));
		}
		signIn("yuanliang", PASSWORD, "192.0.2.20").andExpect(authenticated());
	}

	@Test
	void manyFailuresFromOneAddressLockThatAddressOnly() throws Exception {
		identity.createUser("tongyidizhi", PASSWORD, "同一地址", Set.of(Role.MANAGER), null, null);
		for (int i = 0; i < 49; i++) {
			// a different username each time: spraying guesses over many accounts
			jdbc.update("insert into login_failure (username, client_address) values (?, '198.51.100.7')", "guess" + i);
		}
		signIn("guess49", "wrong", "198.51.100.7").andExpect(redirectedUrl("/login?locked=15&username=guess49"));
		signIn("tongyidizhi", PASSWORD, "198.51.100.7").andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?locked=15&username=tongyidizhi"));
		signIn("tongyidizhi", PASSWORD, "198.51.100.8").andExpect(authenticated().withUsername("tongyidizhi"));
	}

	@Test
	void httpBasicIsThrottledLikeTheLoginForm() throws Exception {
		identity.createUser("basicsuo", PASSWORD, "基本认证", Set.of(Role.MANAGER), null, null);
		for (int i = 0; i < 5; i++) {
			mvc.perform(get("/customers").with(httpBasic("basicsuo", "wrong")).with(from("192.0.2.30")))
				.andExpect(status().isUnauthorized());
		}
		mvc.perform(get("/customers").with(httpBasic("basicsuo", PASSWORD)).with(from("192.0.2.30")))
			.andExpect(status().isUnauthorized());
		assertThat(jdbc.queryForObject("select count(*) from login_failure where username = 'basicsuo'", Long.class))
			.as("refused attempts while locked are not counted again")
			.isEqualTo(5L);
	}

}
