package com.huike.crm.customer;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.huike.crm.customer.domain.Customer;
import com.huike.crm.customer.domain.CustomerRepository;
import com.huike.crm.customer.domain.DealStatus;
import com.huike.crm.customer.domain.Grade;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.Viewer;
import com.huike.crm.identity.Viewer.CustomerAccess;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds, reads and registers customers. Every method takes the {@link Viewer} and shows
 * only what that viewer may see: a customer outside their scope does not exist for them.
 */
@Service
@Transactional(readOnly = true)
public class CustomerService {

	/** Sortable columns of the list, by the names the web layer uses. */
	private static final Map<String, String> SORTS = Map.of("name", "c.name_pinyin", "code", "c.code", "grade",
			"c.grade", "updatedAt", "c.updated_at", "createdAt", "c.created_at", "completeness", "c.completeness");

	private final CustomerRepository customers;

	private final CustomerCodeGenerator codes;

	private final CustomerSearchKeys searchKeys;

	private final IdentityService identity;

	private final NamedParameterJdbcTemplate jdbc;

	public CustomerService(CustomerRepository customers, CustomerCodeGenerator codes, CustomerSearchKeys searchKeys,
			IdentityService identity, NamedParameterJdbcTemplate jdbc) {
		this.customers = customers;
		this.codes = codes;
		this.searchKeys = searchKeys;
		this.identity = identity;
		this.jdbc = jdbc;
	}

	public CustomerDetails get(Long id, Viewer viewer) {
		Customer customer = load(id, viewer);
		String ownerName = identity.displayNames(Set.of(customer.getOwnerId())).get(customer.getOwnerId());
		CustomerAccess access = viewer.accessTo(customer.getOwnerId());
		return new CustomerDetails(customer.getId(), customer.getCode(), customer.getName(),
				access.canReadArchive() ? customer.getCompanyName() : null, customer.getMobilePhone(),
				customer.getOfficePhone(), customer.getHomePhone(), customer.getOwnerId(), ownerName,
				customer.getGrade(), customer.getDealStatus(), customer.getClassification(),
				access.canReadArchive() ? customer.getBirthDate() : null, customer.isBirthLunar(),
				customer.getCompleteness(), customer.getCreatedAt(), customer.getUpdatedAt(), customer.getVersion(),
				access);
	}

	/**
	 * Loads a customer the viewer may at least look up, or fails as if it did not exist.
	 */
	Customer load(Long id, Viewer viewer) {
		return customers.findById(id)
			.filter(c -> viewer.accessTo(c.getOwnerId()).canRead())
			.orElseThrow(() -> new CustomerNotFoundException(id));
	}

	@Transactional
	public Long create(NewCustomer command, Viewer viewer) {
		Long ownerId = (command.ownerId() != null) ? command.ownerId() : viewer.userId();
		if (!viewer.isAdmin() && !viewer.ownsOrSupervises(ownerId)) {
			throw new CustomerAccessDeniedException();
		}
		Customer customer = new Customer(codes.next(), command.name(), ownerId, viewer.userId());
		customer.changeCompany(command.companyName());
		customer.changePhones(command.mobilePhone(), command.officePhone(), null);
		customer.classify(command.dealStatus(), command.classification());
		customer.regrade((command.grade() != null) ? command.grade() : Grade.D);
		searchKeys.reindex(customer);
		return customers.save(customer).getId();
	}

	/**
	 * The customer list: the search box matches any part of the name or company (also two
	 * Chinese characters), pinyin (full or initials), code and any phone number; filters
	 * narrow it down.
	 */
	public Page<CustomerSummary> search(CustomerQuery query, Viewer viewer, Pageable pageable) {
		StringBuilder where = new StringBuilder(" where true");
		MapSqlParameterSource params = new MapSqlParameterSource();
		Collection<Long> owners = viewer.visibleOwnerIds();
		if (owners != null) {
			where.append(" and c.owner_id in (:owners)");
			params.addValue("owners", owners);
		}
		if (viewer.isLookupOnly() && !query.hasText()) {
			// the call center looks customers up; it does not browse the whole book
			return Page.empty(pageable);
		}
		if (query.hasText()) {
			appendText(query.q().strip(), where, params);
		}
		if (query.grade() != null) {
			where.append(" and c.grade = :grade");
			params.addValue("grade", query.grade().name());
		}
		if (query.ownerId() != null) {
			where.append(" and c.owner_id = :ownerId");
			params.addValue("ownerId", query.ownerId());
		}
		if (query.dealStatus() != null) {
			where.append(" and c.deal_status = :dealStatus");
			params.addValue("dealStatus", query.dealStatus().name());
		}
		if (query.classification() != null && !query.classification().isBlank()) {
			where.append(" and c.classification = :classification");
			params.addValue("classification", query.classification().strip());
		}
		if (query.createdFrom() != null) {
			where.append(" and c.created_at >= :createdFrom");
			params.addValue("createdFrom", Timestamp.valueOf(query.createdFrom().atStartOfDay()));
		}
		if (query.createdTo() != null) {
			where.append(" and c.created_at < :createdTo");
			params.addValue("createdTo", Timestamp.valueOf(query.createdTo().plusDays(1).atStartOfDay()));
		}
		if (query.updatedFrom() != null) {
			where.append(" and c.updated_at >= :updatedFrom");
			params.addValue("updatedFrom", Timestamp.valueOf(query.updatedFrom().atStartOfDay()));
		}
		if (query.updatedTo() != null) {
			where.append(" and c.updated_at < :updatedTo");
			params.addValue("updatedTo", Timestamp.valueOf(query.updatedTo().plusDays(1).atStartOfDay()));
		}
		if (query.birthMonth() != null) {
			where.append(" and extract(month from c.birth_date) = :birthMonth");
			params.addValue("birthMonth", query.birthMonth());
		}
		long total = jdbc.queryForObject("select count(*) from customer c" + where, params, Long.class);
		if (total == 0) {
			return Page.empty(pageable);
		}
		params.addValue("limit", pageable.getPageSize());
		params.addValue("offset", pageable.getOffset());
		String sql = "select c.id, c.code, c.name, c.company_name, c.mobile_phone, c.office_phone, c.owner_id,"
				+ " u.display_name as owner_name, c.grade, c.deal_status, c.classification, c.completeness,"
				+ " c.updated_at from customer c join app_user u on u.id = c.owner_id" + where + orderBy(pageable)
				+ " limit :limit offset :offset";
		boolean contactOnly = viewer.isLookupOnly();
		List<CustomerSummary> rows = jdbc.query(sql, params, (rs, i) -> new CustomerSummary(rs.getLong("id"),
				rs.getString("code"), rs.getString("name"), contactOnly ? null : rs.getString("company_name"),
				rs.getString("mobile_phone"), rs.getString("office_phone"), rs.getLong("owner_id"),
				rs.getString("owner_name"), contactOnly ? null : Grade.valueOf(rs.getString("grade").strip()),
				contactOnly ? null : DealStatus.valueOf(rs.getString("deal_status")),
				contactOnly ? null : rs.getString("classification"), contactOnly ? 0 : rs.getInt("completeness"),
				contactOnly ? null : rs.getTimestamp("updated_at").toInstant()));
		return new PageImpl<>(rows, pageable, total);
	}

	private static void appendText(String q, StringBuilder where, MapSqlParameterSource params) {
		List<String> alternatives = new ArrayList<>();
		String lower = q.toLowerCase();
		if (q.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
			Set<String> grams = new HashSet<>();
			for (int i = 0; i + 1 < q.length(); i++) {
				grams.add(q.substring(i, i + 2));
			}
			if (grams.isEmpty()) {
				grams.add(q);
			}
			params.addValue("grams", grams.toArray(String[]::new));
			params.addValue("like", "%" + q + "%");
			alternatives
				.add("(c.search_terms @> cast(:grams as text[]) and (c.name like :like or c.company_name like :like))");
		}
		else if (lower.matches("[a-z]+")) {
			params.addValue("pinyin", new String[] { lower });
			alternatives.add("c.search_terms @> cast(:pinyin as text[])");
		}
		String digits = q.replaceAll("[\\s-]", "");
		if (digits.matches("\\d{3,}")) {
			params.addValue("phone", "%" + digits + "%");
			alternatives.add("c.phone_digits like :phone");
		}
		params.addValue("code", q.toUpperCase() + "%");
		alternatives.add("c.code like :code");
		where.append(" and (").append(String.join(" or ", alternatives)).append(")");
	}

	private static String orderBy(Pageable pageable) {
		List<String> parts = new ArrayList<>();
		for (Sort.Order order : pageable.getSort()) {
			String column = SORTS.get(order.getProperty());
			if (column != null) {
				parts.add(column + (order.isAscending() ? " asc" : " desc"));
			}
		}
		parts.add("c.name_pinyin asc");
		parts.add("c.id asc");
		return " order by " + String.join(", ", parts);
	}

}
