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

import com.huike.crm.care.CareTaskClosed;
import com.huike.crm.care.CareTaskService;
import com.huike.crm.care.NewCareTask;
import com.huike.crm.care.domain.CareChannel;
import com.huike.crm.care.domain.CareTaskKind;
import com.huike.crm.care.domain.CareTaskStatus;
import com.huike.crm.customer.CustomerNotFoundException;
import com.huike.crm.demand.domain.DemandRegistration;
import com.huike.crm.demand.domain.DemandRegistrationRepository;
import com.huike.crm.demand.domain.DemandStatus;
import com.huike.crm.identity.Viewer;
import com.huike.crm.identity.domain.Role;
import com.huike.crm.shared.NotAllowedException;
import com.huike.crm.shared.NotFoundException;
import com.huike.crm.shared.RuleViolationException;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers demands, lists the open ones per product, records arrivals, and closes them
 * when the customer was told. Managers, supervisors and the administrator use it;
 * registrations are scoped by the customer's current manager like the archive.
 */
@Service
@Transactional(readOnly = true)
public class DemandService {

	/** The open list shows at most this many registrations. */
	public static final int LIST_LIMIT = 1000;

	public static final int MAX_QUANTITY = 1_000_000;

	private static final String COLUMNS = """
			d.id, d.customer_id, c.name as customer_name, c.code as customer_code, c.owner_id,
			u.display_name as owner_name, d.product, d.product_key, d.quantity, d.requested_on, d.note, d.status,
			d.arrived_on, d.closed_at""";

	private static final String FROM = " from demand_registration d join customer c on c.id = d.customer_id"
			+ " join app_user u on u.id = c.owner_id";

	private final DemandRegistrationRepository registrations;

	private final CareTaskService careTasks;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	DemandService(DemandRegistrationRepository registrations, CareTaskService careTasks,
			NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.registrations = registrations;
		this.careTasks = careTasks;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public Long register(NewDemand command, Viewer viewer) {
		checkRole(viewer);
		validate(command);
		Customer customer = findCustomer(command, viewer);
		if (!viewer.accessTo(customer.ownerId()).canEdit()) {
			throw new NotAllowedException("not allowed for demand registrations");
		}
		DemandRegistration registration = new DemandRegistration(customer.id(), command.product(), command.quantity(),
				command.requestedOn(), command.note(), viewer.userId());
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
		return jdbc
			.query("select code, owner_id from customer where id = :id", new MapSqlParameterSource("id", customerId),
					(rs, i) -> new String[] { rs.getString(1), rs.getString(2) })
			.stream()
			.filter(row -> viewer.accessTo(Long.valueOf(row[1])).canEdit())
			.map(row -> row[0])
			.findFirst()
			.orElseThrow(() -> new CustomerNotFoundException(customerId));
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
			where.append(" and c.owner_id in (:owners)");
			params.addValue("owners", owners);
		}
		if (openOnly) {
			where.append(" and d.status in ('WAITING', 'ARRIVED')");
		}
		return jdbc.query(
				"select " + COLUMNS + FROM + where + " order by d.product_key, d.requested_on, d.id limit :limit",
				params, (rs, i) -> view(rs, viewer));
	}

	public DemandView get(Long id, Viewer viewer) {
		checkRole(viewer);
		return jdbc
			.query("select " + COLUMNS + FROM + " where d.id = :id", new MapSqlParameterSource("id", id),
					(rs, i) -> view(rs, viewer))
			.stream()
			.filter(v -> visible(v.ownerId(), viewer))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("demand registration", id));
	}

	/**
	 * The goods arrived: every waiting registration of the product becomes a 告知到货 task on
	 * its customer's manager's agenda, due today.
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
		Map<Long, Long> owners = currentOwners(waiting.stream().map(DemandRegistration::getCustomerId).toList());
		List<NewCareTask> tasks = new ArrayList<>();
		for (DemandRegistration registration : waiting) {
			registration.arrive(today, viewer.userId());
			tasks.add(new NewCareTask(registration.getCustomerId(), owners.get(registration.getCustomerId()),
					CareTaskKind.DEMAND_ARRIVED, today, registration.getId(),
					registration.getProduct() + " × " + registration.getQuantity(), today));
		}
		registrations.flush();
		careTasks.remind(tasks);
		return waiting.size();
	}

	/**
	 * The manager told the customer: the 告知到货 task is done and the registration closed.
	 */
	@Transactional
	public DemandView told(Long id, CareChannel channel, String note, Viewer viewer) {
		DemandRegistration registration = loadForAction(id, viewer);
		if (registration.getStatus() != DemandStatus.ARRIVED) {
			throw new com.huike.crm.demand.domain.DemandNotOpenException(id, registration.getStatus());
		}
		careTasks.openTaskId(CareTaskKind.DEMAND_ARRIVED, id)
			.ifPresentOrElse(taskId -> careTasks.complete(taskId, channel, note, viewer),
					() -> registration.told(viewer.userId(), Instant.now(clock)));
		registrations.flush();
		return get(id, viewer);
	}

	/** The customer no longer wants the goods; an open 告知到货 task is skipped. */
	@Transactional
	public DemandView cancel(Long id, String note, Viewer viewer) {
		DemandRegistration registration = loadForAction(id, viewer);
		registration.cancel(viewer.userId(), Instant.now(clock));
		registrations.flush();
		careTasks.openTaskId(CareTaskKind.DEMAND_ARRIVED, id).ifPresent(taskId -> careTasks.skip(taskId, note, viewer));
		return get(id, viewer);
	}

	/**
	 * Closes the registration when its 告知到货 task is closed on the agenda: done means
	 * told, skipped means the customer no longer wants the goods.
	 */
	@EventListener
	@Transactional
	public void onCareTaskClosed(CareTaskClosed event) {
		if (event.kind() != CareTaskKind.DEMAND_ARRIVED) {
			return;
		}
		registrations.findById(event.ref()).filter(r -> r.getStatus() == DemandStatus.ARRIVED).ifPresent(r -> {
			if (event.status() == CareTaskStatus.DONE) {
				r.told(event.by(), event.at());
			}
			else {
				r.cancel(event.by(), event.at());
			}
			registrations.flush();
		});
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

	private Customer findCustomer(NewDemand command, Viewer viewer) {
		List<Customer> found;
		if (command.customerId() != null) {
			found = jdbc.query("select id, owner_id from customer where id = :id",
					new MapSqlParameterSource("id", command.customerId()),
					(rs, i) -> new Customer(rs.getLong(1), rs.getLong(2)));
		}
		else if (command.customerCode() != null && !command.customerCode().isBlank()) {
			found = jdbc.query("select id, owner_id from customer where code = :code",
					new MapSqlParameterSource("code", command.customerCode().strip().toUpperCase()),
					(rs, i) -> new Customer(rs.getLong(1), rs.getLong(2)));
		}
		else {
			throw new RuleViolationException("customerCode", "demand.customer.required");
		}
		return found.stream()
			.filter(c -> viewer.accessTo(c.ownerId()).canRead())
			.findFirst()
			.orElseThrow(() -> new CustomerNotFoundException(command.customerId()));
	}

	private Map<Long, Long> currentOwners(List<Long> customerIds) {
		Map<Long, Long> owners = new java.util.HashMap<>();
		if (customerIds.isEmpty()) {
			return owners;
		}
		jdbc.query("select id, owner_id from customer where id in (:ids)",
				new MapSqlParameterSource("ids", new HashSet<>(customerIds)), rs -> {
					owners.put(rs.getLong(1), rs.getLong(2));
				});
		return owners;
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

	private static DemandView view(ResultSet rs, Viewer viewer) throws SQLException {
		long ownerId = rs.getLong("owner_id");
		Timestamp closedAt = rs.getTimestamp("closed_at");
		DemandStatus status = DemandStatus.valueOf(rs.getString("status"));
		return new DemandView(rs.getLong("id"), rs.getLong("customer_id"), rs.getString("customer_name"),
				rs.getString("customer_code"), ownerId, rs.getString("owner_name"), rs.getString("product"),
				rs.getString("product_key"), rs.getInt("quantity"), rs.getObject("requested_on", LocalDate.class),
				rs.getString("note"), status, rs.getObject("arrived_on", LocalDate.class),
				(closedAt != null) ? closedAt.toInstant() : null, status.isOpen() && viewer.userId().equals(ownerId));
	}

	private record Customer(Long id, Long ownerId) {
	}

}
