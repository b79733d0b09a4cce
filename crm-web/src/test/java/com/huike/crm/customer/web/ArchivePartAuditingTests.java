package com.huike.crm.customer.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.huike.crm.WebIntegrationTest;
import com.huike.crm.customer.CustomerTransactionService;
import com.huike.crm.customer.TransactionEntry;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.Viewer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import static com.huike.crm.customer.web.ArchivePartFixtures.MANAGER1;
import static com.huike.crm.customer.web.ArchivePartFixtures.SUPERVISOR1;
import static com.huike.crm.customer.web.ArchivePartFixtures.TODAY;
import static com.huike.crm.customer.web.ArchivePartFixtures.customerOf;
import static com.huike.crm.customer.web.ArchivePartFixtures.save;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The archive entries name who created and who last changed them: the signed-in user, the
 * same one the history names.
 */
class ArchivePartAuditingTests extends WebIntegrationTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CustomerTransactionService transactions;

	@Autowired
	IdentityService identity;

	@Test
	void anEntryNamesWhoCreatedItAndWhoChangedItLast() throws Exception {
		long id = customerOf(mvc, MANAGER1, "卫青");
		save(mvc, MANAGER1, "/customers/" + id + "/transactions", "product", "中华", "quantity", "1", "unitPrice", "45");
		Long tid = jdbc.queryForObject("select id from customer_transaction where customer_id = ?", Long.class, id);
		save(mvc, SUPERVISOR1, "/customers/" + id + "/transactions/" + tid, "version", "0", "product", "中华", "quantity",
				"2", "unitPrice", "45");

		assertThat(users("customer_transaction", tid)).containsExactly("manager1", "supervisor1");
		assertThat(jdbc.queryForList("select u.username from customer_change c join app_user u on u.id = c.changed_by"
				+ " where c.field = ? order by c.id", String.class, "transaction#" + tid + ".quantity"))
			.containsExactly("manager1", "supervisor1");
	}

	@Test
	void theCreditRecordNamesWhoRecordedItFirst() throws Exception {
		long id = customerOf(mvc, MANAGER1, "霍去病");
		save(mvc, MANAGER1, "/customers/" + id + "/credit", "creditRating", "AA");
		Long version = jdbc.queryForObject("select version from customer_credit where customer_id = ?", Long.class, id);
		save(mvc, SUPERVISOR1, "/customers/" + id + "/credit", "version", String.valueOf(version), "creditRating", "A");

		Long cid = jdbc.queryForObject("select id from customer_credit where customer_id = ?", Long.class, id);
		assertThat(users("customer_credit", cid)).containsExactly("manager1", "supervisor1");
	}

	@Test
	void withoutARequestTheUserOfTheSecurityContextIsNamed() throws Exception {
		long id = customerOf(mvc, MANAGER1, "李广");
		Viewer supervisor = identity.viewer("supervisor1").orElseThrow();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("supervisor1", null,
					AuthorityUtils.createAuthorityList("ROLE_SUPERVISOR")));
		try {
			Long tid = transactions.add(id, purchase("1"), supervisor);
			// a revision asks for its auditor while Hibernate flushes it
			transactions.revise(id, tid, 0, purchase("3"), supervisor);
			assertThat(users("customer_transaction", tid)).containsExactly("supervisor1", "supervisor1");
			assertThat(transactions.list(id, supervisor, PageRequest.of(0, 5)).lines().getContent()).singleElement()
				.satisfies(line -> assertThat(line.quantity()).isEqualByComparingTo("3"));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static TransactionEntry purchase(String quantity) {
		return new TransactionEntry(LocalDate.parse(TODAY), "玉溪", null, null, new BigDecimal(quantity),
				new BigDecimal("20"), null, null);
	}

	/** The usernames of the entry's creator and last editor. */
	private List<String> users(String table, Long id) {
		return jdbc.queryForObject("select c.username, u.username from " + table + " e"
				+ " join app_user c on c.id = e.created_by join app_user u on u.id = e.updated_by where e.id = ?",
				(rs, i) -> List.of(rs.getString(1), rs.getString(2)), id);
	}

}
