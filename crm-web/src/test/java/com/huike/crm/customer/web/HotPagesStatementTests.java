package com.huike.crm.customer.web;

import com.huike.crm.WebIntegrationTest;
import com.huike.crm.customer.CustomerService;
import com.huike.crm.customer.NewCustomer;
import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.Viewer;
import com.huike.crm.testsupport.StatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The list and the detail page send a fixed, small number of SQL statements, however many
 * rows they show (no query per row: N+1).
 */
class HotPagesStatementTests extends WebIntegrationTest {

	/**
	 * Viewer, page, count, classifications, managers… and the navigation bar's counts of
	 * a manager (agenda, visit plan, unread notifications: one statement each). A
	 * manager's list of 20 sends 8 since the notifications' bell (7 before).
	 */
	static final long LIST_BUDGET = 8;

	/**
	 * Viewer, customer, owner name… with room for the profile, history and parts to come;
	 * one more since the archive shows its spot checks (抽查: one query, whatever their
	 * number).
	 */
	static final long DETAIL_BUDGET = 17;

	private static final RequestPostProcessor MANAGER2 = user("manager2").roles("MANAGER");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CustomerService customers;

	@Autowired
	IdentityService identity;

	@Test
	void listSendsTheSameFewStatementsForFewOrManyRows() throws Exception {
		register("计数少", 3);
		register("计数多", 25);
		long few = StatementCounter.count(() -> list("计数少", 10));
		long many = StatementCounter.count(() -> list("计数多", 10));
		long manyOnAPageOfTwenty = StatementCounter.count(() -> list("计数多", 20));
		assertThat(many).isEqualTo(manyOnAPageOfTwenty).isLessThanOrEqualTo(LIST_BUDGET);
		// the first page holding every match needs no count: one statement fewer
		assertThat(few).isLessThanOrEqualTo(many);
	}

	@Test
	void supervisorsListAndTheHtmxFragmentStayWithinTheBudgetToo() throws Exception {
		register("计数组", 12);
		long supervisor = StatementCounter
			.count(() -> mvc.perform(get("/customers").param("q", "计数组").with(user("supervisor1").roles("SUPERVISOR")))
				.andExpect(status().isOk()));
		long fragment = StatementCounter
			.count(() -> mvc.perform(get("/customers").param("q", "计数组").header("HX-Request", "true").with(MANAGER2))
				.andExpect(status().isOk()));
		assertThat(supervisor).isLessThanOrEqualTo(LIST_BUDGET);
		assertThat(fragment).isLessThanOrEqualTo(LIST_BUDGET);
	}

	@Test
	void detailSendsTheSameFewStatementsWhateverTheHistoryHolds() throws Exception {
		String quiet = register("计数详情甲", 1);
		String busy = register("计数详情乙", 1);
		long busyId = Long.parseLong(busy.substring(busy.lastIndexOf('/') + 1));
		long quietId = Long.parseLong(quiet.substring(quiet.lastIndexOf('/') + 1));
		// a few changes on the quiet archive too (more than the detail page lists, so
		// both pages also count
		// the history): the point is that forty changes cost no more than six
		for (int i = 0; i < 6; i++) {
			jdbc.update("insert into customer_change (customer_id, field, old_value, new_value) values (?, ?, ?, ?)",
					quietId, "nickname", "旧" + i, "新" + i);
		}
		for (int i = 0; i < 40; i++) {
			jdbc.update("insert into customer_change (customer_id, field, old_value, new_value) values (?, ?, ?, ?)",
					busyId, "nickname", "旧" + i, "新" + i);
		}
		long quietCount = StatementCounter
			.count(() -> mvc.perform(get(quiet).with(MANAGER2)).andExpect(status().isOk()));
		long busyCount = StatementCounter.count(() -> mvc.perform(get(busy).with(MANAGER2)).andExpect(status().isOk()));
		long admin = StatementCounter
			.count(() -> mvc.perform(get(busy).with(user("admin").roles("ADMIN"))).andExpect(status().isOk()));
		assertThat(busyCount).isEqualTo(quietCount).isLessThanOrEqualTo(DETAIL_BUDGET);
		assertThat(admin).isLessThanOrEqualTo(DETAIL_BUDGET);
	}

	@Test
	void theViewerEveryPageResolvesIsOneStatementWithRolesAndTeam() throws Exception {
		Viewer[] supervisor = new Viewer[1];
		long statements = StatementCounter.count(() -> supervisor[0] = identity.viewer("SUPERVISOR1").orElseThrow());
		assertThat(statements).isEqualTo(1);
		Long manager1 = identity.userIdOf("manager1").orElseThrow();
		assertThat(supervisor[0].username()).isEqualTo("supervisor1");
		assertThat(supervisor[0].roles()).containsExactly(com.huike.crm.identity.domain.Role.SUPERVISOR);
		assertThat(supervisor[0].teamMemberIds()).contains(manager1).doesNotContain(supervisor[0].userId());
		Viewer manager = identity.viewer("manager1").orElseThrow();
		assertThat(manager.teamMemberIds()).isEmpty();
		// a manager's own choice of owner: the viewer alone
		assertThat(identity.assignableManagers(manager)).extracting(IdentityService.UserSummary::id)
			.containsExactly(manager1);
		assertThat(identity.viewer("nobody-of-that-name")).isEmpty();
	}

	private void list(String q, int size) throws Exception {
		mvc.perform(get("/customers").param("q", q).param("size", String.valueOf(size)).with(MANAGER2))
			.andExpect(status().isOk());
	}

	/** Registers customers named prefix + number; returns the last one's URL. */
	private String register(String prefix, int count) {
		Viewer manager = identity.viewer("manager2").orElseThrow();
		Long id = null;
		for (int i = 0; i < count; i++) {
			id = customers.create(new NewCustomer(prefix + i, null, "1370000" + String.format("%04d", i), null, Grade.C,
					DealStatus.POTENTIAL, null, null), manager);
		}
		return "/customers/" + id;
	}

}
