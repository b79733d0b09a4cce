package com.huike.crm.demand;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.huike.crm.customer.CustomerCard;
import com.huike.crm.customer.CustomerDirectory;
import com.huike.crm.customer.CustomerName;
import com.huike.crm.customer.CustomerNotFoundException;
import com.huike.crm.customer.CustomerQuery;
import com.huike.crm.customer.CustomerReassigned;
import com.huike.crm.customer.CustomerService;
import com.huike.crm.customer.CustomerSummary;
import com.huike.crm.customer.CustomerTransactionService;
import com.huike.crm.demand.domain.DemandRegistration;
import com.huike.crm.demand.domain.DemandRegistrationRepository;
import com.huike.crm.demand.domain.DemandStatus;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.Viewer;
import com.huike.crm.identity.domain.Role;
import com.huike.crm.shared.NotAllowedException;
import com.huike.crm.shared.NotFoundException;
import com.huike.crm.shared.RuleViolationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers demands, lists the open ones per product, records arrivals, and closes them
 * when the customer was told. Managers, supervisors and the administrator use it;
 * registrations are scoped by the customer's current manager like the archive (kept on
 * the registration, see {@link #onCustomerReassigned}). An arrival, a telling and a
 * cancellation are published as events ({@link DemandArrived}, {@link DemandTold},
 * {@link DemandCancelled}); the care feature keeps the 告知到货 tasks in step with them.
 */
@Service
@Transactional(readOnly = true)
public class DemandService {

	/** The open list shows at most this many registrations. */
	public static final int LIST_LIMIT = 1000;

	public static final int MAX_QUANTITY = 1_000_000;

	/** The customer search of the form offers at most this many customers. */
	public static final int CUSTOMER_CHOICES = 10;

	/** The product field suggests at most this many products. */
	public static final int PRODUCT_SUGGESTIONS = 200;

	private static final String COLUMNS = """
			d.id, d.customer_id, d.owner_id, d.product, d.product_key, d.quantity, d.requested_on, d.note, d.status,
			d.arrived_on, d.closed_at""";

	private static final String FROM = " from demand_registration d";

	private final DemandRegistrationRepository registrations;

	private final CustomerDirectory customers;

	private final CustomerService customerSearch;

	private final CustomerTransactionService transactions;

	private final IdentityService identity;

	private final NamedParameterJdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DemandService(DemandRegistrationRepository registrations, CustomerDirectory customers,
			CustomerService customerSearch, CustomerTransactionService transactions, IdentityService identity,
			NamedParameterJdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
		this.registrations = registrations;
		this.customers = customers;
		this.customerSearch = customerSearch;
		this.transactions = transactions;
		this.identity = identity;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Long register(NewDemand command, Viewer viewer) {
		checkRole(viewer);
		validate(command);
		CustomerCard customer = findCustomer(command, viewer);
		if (!customer.access().canEdit()) {
			throw new NotAllowedException("not allowed for demand registrations");
		}
		DemandRegistration registration = new DemandRegistration(customer.id(), customer.ownerId(), command.product(),
				command.quantity(), command.requestedOn(), command.note(), viewer.userId());
		return registrations.save(registration).getId();
	}

	/**
	 * Starts a registration: checks the viewer may register demands and, when a customer
	 * is given, that it is theirs to edit.
	 * @return the customer's code, or "" when no customer is given
	 */
	public String startRegistration(Long customerId, Viewer viewer) {
		checkRole(viewer);
		if (customerId == null) {
			return "";
		}
		CustomerCard customer = customers.card(customerId, viewer);
		if (!customer.access().canEdit()) {
			throw new CustomerNotFoundException(customerId);
		}
		return customer.code();
	}

	/**
	 * What the registration form offers: the customers the typed text finds with the
	 * customer list's search (name, pinyin, code, phone; only those the viewer may
	 * register demands for), the chosen customer first, and the products to suggest.
	 * @param query what was typed in the customer search, may be blank
	 * @param chosenId the customer chosen so far, or null
	 */
	public RegistrationChoices choices(String query, Long chosenId, Viewer viewer) {
		checkRole(viewer);
		Map<Long, CustomerChoice> found = new LinkedHashMap<>();
		// a chosen customer that is not the viewer's (any more) is offered no more
		customers.find(chosenId, viewer)
			.filter(chosen -> chosen.access().canEdit())
			.ifPresent(chosen -> found.put(chosen.id(),
					new CustomerChoice(chosen.id(), chosen.name(), chosen.code(), chosen.mobilePhone())));
		boolean searched = query != null && !query.isBlank();
		if (searched) {
			CustomerQuery search = new CustomerQuery(query.strip(), null, null, null, null, null, null, null, null,
					null);
			for (CustomerSummary c : customerSearch.search(search, viewer, PageRequest.of(0, CUSTOMER_CHOICES))) {
				if (found.size() >= CUSTOMER_CHOICES) {
					break;
				}
				found.putIfAbsent(c.id(), new CustomerChoice(c.id(), c.name(), c.code(),
						(c.mobilePhone() != null) ? c.mobilePhone() : c.officePhone()));
			}
		}
		return new RegistrationChoices(List.copyOf(found.values()), searched, productSuggestions(viewer));
	}

	/**
	 * The products registered for the viewer's customers (as the demand list scopes them)
	 * and those the viewer's customers bought (交易状况), the most recent first, once each
	 * (as {@link DemandRegistration#keyOf} compares them), at most
	 * {@value #PRODUCT_SUGGESTIONS}.
	 */
	public List<String> productSuggestions(Viewer viewer) {
		checkRole(viewer);
		MapSqlParameterSource params = new MapSqlParameterSource("limit", PRODUCT_SUGGESTIONS);
		Collection<Long> owners = owners(viewer);
		String where = "";
		if (owners != null) {
			where = " where d.owner_id in (:owners)";
			params.addValue("owners", owners);
		}
		List<String> registered = jdbc.queryForList(
				"select min(d.product)" + FROM + where
						+ " group by d.product_key order by max(d.requested_on) desc, min(d.product) limit :limit",
				params, String.class);
		Map<String, String> byKey = new LinkedHashMap<>();
		registered.forEach(p -> byKey.putIfAbsent(DemandRegistration.keyOf(p), p));
		for (String product : transactions.productsBought(viewer, PRODUCT_SUGGESTIONS)) {
			if (byKey.size() >= PRODUCT_SUGGESTIONS) {
				break;
			}
			byKey.putIfAbsent(DemandRegistration.keyOf(product), product);
		}
		return List.copyOf(byKey.values());
	}

	/**
	 * The open registrations the viewer sees, grouped by product (most waiting first).
	 */
	public List<ProductDemand> openByProduct(Viewer viewer) {
		Map<String, List<DemandView>> byProduct = new LinkedHashMap<>();
		for (DemandView view : list(viewer, true)) {
			byProduct.computeIfAbsent(view.productKey(), k -> new ArrayList<>()).add(view);
		}
		List<ProductDemand> products = new ArrayList<>();
		byProduct.forEach((key, views) -> {
			int waiting = (int) views.stream().filter(v -> v.status() == DemandStatus.WAITING).count();
			long quantity = views.stream()
				.filter(v -> v.status() == DemandStatus.WAITING)
				.mapToLong(DemandView::quantity)
				.sum();
			products.add(new ProductDemand(key, views.get(0).product(), waiting, views.size() - waiting, quantity,
					List.copyOf(views)));
		});
		products.sort(java.util.Comparator.comparingInt(ProductDemand::waiting)
			.thenComparingInt(ProductDemand::toTell)
			.reversed()
			.thenComparing(ProductDemand::productKey));
		return products;
	}

	/** The registrations the viewer sees, open ones only or all, oldest request first. */
	public List<DemandView> list(Viewer viewer, boolean openOnly) {
		checkRole(viewer);
		StringBuilder where = new StringBuilder(" where true");
		MapSqlParameterSource params = new MapSqlParameterSource("limit", LIST_LIMIT);
		Collection<Long> owners = owners(viewer);
		if (owners != null) {
			where.append(" and d.owner_id in (:owners)");
			params.addValue("owners", owners);
		}
		if (openOnly) {
			where.append(" and d.status in ('WAITING', 'ARRIVED')");
		}
		return views(jdbc.query(
				"select " + COLUMNS + FROM + where + " order by d.product_key, d.requested_on, d.id limit :limit",
				params, (rs, i) -> row(rs)), viewer);
	}

	public DemandView get(Long id, Viewer viewer) {
		checkRole(viewer);
		List<Row> rows = jdbc
			.query("select " + COLUMNS + FROM + " where d.id = :id", new MapSqlParameterSource("id", id),
					(rs, i) -> row(rs))
			.stream()
			.filter(r -> visible(r.ownerId(), viewer))
			.toList();
		return views(rows, viewer).stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("demand registration", id));
	}

	/**
	 * The goods arrived: every waiting registration of the product becomes arrived, and
	 * its customer's manager is to tell the customer ({@link DemandArrived}).
	 * @return how many registrations were waiting (0 when the viewer sees none waiting)
	 */
	@Transactional
	public int markArrived(String product, Viewer viewer) {
		checkRole(viewer);
		if (product == null || product.isBlank()) {
			throw new RuleViolationException("product", "demand.product.required");
		}
		String key = DemandRegistration.keyOf(product);
		boolean seesOne = list(viewer, true).stream()
			.anyMatch(v -> v.productKey().equals(key) && v.status() == DemandStatus.WAITING);
		if (!seesOne) {
			return 0;
		}
		LocalDate today = LocalDate.now(clock);
		List<DemandRegistration> waiting = registrations.findByProductKeyAndStatusOrderById(key, DemandStatus.WAITING);
		for (DemandRegistration registration : waiting) {
			registration.arrive(today, viewer.userId());
		}
		registrations.flush();
		waiting.forEach(r -> events.publishEvent(new DemandArrived(r.getId(), r.getCustomerId(), r.getOwnerId(),
				r.getProduct(), r.getQuantity(), today)));
		return waiting.size();
	}

	/**
	 * The manager told the customer: the registration is closed ({@link DemandTold}: its
	 * 告知到货 task is done with it).
	 */
	@Transactional
	public DemandView told(Long id, ToldChannel channel, String note, Viewer viewer) {
		DemandRegistration registration = loadForAction(id, viewer);
		Instant now = Instant.now(clock);
		registration.told(viewer.userId(), now);
		registrations.flush();
		events.publishEvent(new DemandTold(id, registration.getCustomerId(), channel, note, viewer.userId(), now));
		return get(id, viewer);
	}

	/**
	 * The customer no longer wants the goods ({@link DemandCancelled}: an open task is
	 * skipped).
	 */
	@Transactional
	public DemandView cancel(Long id, String note, Viewer viewer) {
		DemandRegistration registration = loadForAction(id, viewer);
		Instant now = Instant.now(clock);
		registration.cancel(viewer.userId(), now);
		registrations.flush();
		events.publishEvent(new DemandCancelled(id, registration.getCustomerId(), note, viewer.userId(), now));
		return get(id, viewer);
	}

	/**
	 * The registration's 告知到货 task was closed on the agenda (the care feature, which
	 * checked the manager may): done means told, skipped means the customer no longer
	 * wants the goods. A registration no longer arrived is left as it is.
	 */
	@Transactional
	public void closedOnTheAgenda(Long registrationId, boolean done, Long by, Instant at) {
		registrations.findById(registrationId).filter(r -> r.getStatus() == DemandStatus.ARRIVED).ifPresent(r -> {
			if (done) {
				r.told(by, at);
			}
			else {
				r.cancel(by, at);
			}
			registrations.flush();
		});
	}

	/** The registrations of a customer handed to another manager follow the customer. */
	@EventListener
	@Transactional
	public void onCustomerReassigned(CustomerReassigned event) {
		jdbc.update("update demand_registration set owner_id = :owner where customer_id = :customer",
				new MapSqlParameterSource("owner", event.newOwnerId()).addValue("customer", event.customerId()));
	}

	private DemandRegistration loadForAction(Long id, Viewer viewer) {
		DemandView view = get(id, viewer);
		if (!viewer.userId().equals(view.ownerId())) {
			throw new NotAllowedException("not allowed for demand registrations");
		}
		return registrations.findById(id).orElseThrow(() -> new NotFoundException("demand registration", id));
	}

	private void validate(NewDemand command) {
		if (command.product() == null || command.product().isBlank()) {
			throw new RuleViolationException("product", "demand.product.required");
		}
		if (command.product().strip().length() > 200) {
			throw new RuleViolationException("product", "demand.product.tooLong");
		}
		if (command.quantity() == null || command.quantity() < 1 || command.quantity() > MAX_QUANTITY) {
			throw new RuleViolationException("quantity", "demand.quantity.range");
		}
		if (command.requestedOn() == null) {
			throw new RuleViolationException("requestedOn", "demand.requestedOn.required");
		}
		if (command.requestedOn().isAfter(LocalDate.now(clock))) {
			throw new RuleViolationException("requestedOn", "demand.requestedOn.future");
		}
		if (command.note() != null && command.note().length() > 500) {
			throw new RuleViolationException("note", "demand.note.tooLong");
		}
	}

	private CustomerCard findCustomer(NewDemand command, Viewer viewer) {
		if (command.customerId() != null) {
			return customers.card(command.customerId(), viewer);
		}
		if (command.customerCode() != null && !command.customerCode().isBlank()) {
			return customers.findByCode(command.customerCode(), viewer)
				.orElseThrow(() -> new CustomerNotFoundException(null));
		}
		throw new RuleViolationException("customerCode", "demand.customer.required");
	}

	private static void checkRole(Viewer viewer) {
		if (!(viewer.has(Role.MANAGER) || viewer.has(Role.SUPERVISOR) || viewer.isAdmin())) {
			throw new NotAllowedException("not allowed for demand registrations");
		}
	}

	/** The owners whose registrations the viewer sees; null for all (administrator). */
	private static Collection<Long> owners(Viewer viewer) {
		if (viewer.isAdmin()) {
			return null;
		}
		Set<Long> owners = new HashSet<>(viewer.teamMemberIds());
		owners.add(viewer.userId());
		return owners;
	}

	private static boolean visible(Long ownerId, Viewer viewer) {
		return viewer.isAdmin() || viewer.ownsOrSupervises(ownerId);
	}

	/** The rows with their customers' codes and names and their managers' names. */
	private List<DemandView> views(List<Row> rows, Viewer viewer) {
		Set<Long> customerIds = new HashSet<>();
		Set<Long> ownerIds = new HashSet<>();
		rows.forEach(r -> {
			customerIds.add(r.customerId());
			ownerIds.add(r.ownerId());
		});
		Map<Long, CustomerName> names = customers.names(customerIds);
		Map<Long, String> owners = identity.displayNames(ownerIds);
		return rows.stream().map(r -> {
			CustomerName customer = names.get(r.customerId());
			return new DemandView(r.id(), r.customerId(), (customer != null) ? customer.name() : null,
					(customer != null) ? customer.code() : null, r.ownerId(), owners.get(r.ownerId()), r.product(),
					r.productKey(), r.quantity(), r.requestedOn(), r.note(), r.status(), r.arrivedOn(), r.closedAt(),
					r.status().isOpen() && viewer.userId().equals(r.ownerId()));
		}).toList();
	}

	private static Row row(ResultSet rs) throws SQLException {
		Timestamp closedAt = rs.getTimestamp("closed_at");
		return new Row(rs.getLong("id"), rs.getLong("customer_id"), rs.getLong("owner_id"), rs.getString("product"),
				rs.getString("product_key"), rs.getInt("quantity"), rs.getObject("requested_on", LocalDate.class),
				rs.getString("note"), DemandStatus.valueOf(rs.getString("status")),
				rs.getObject("arrived_on", LocalDate.class), (closedAt != null) ? closedAt.toInstant() : null);
	}

	private record Row(Long id, Long customerId, Long ownerId, String product, String productKey, int quantity,
			LocalDate requestedOn, String note, DemandStatus status, LocalDate arrivedOn, Instant closedAt) {
	}

}
