package com.huike.crm.complaint;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.huike.crm.complaint.domain.Category;
import com.huike.crm.complaint.domain.Channel;
import com.huike.crm.complaint.domain.ComplaintSettings;
import com.huike.crm.complaint.domain.ComplaintStateException;
import com.huike.crm.complaint.domain.ComplaintStep;
import com.huike.crm.complaint.domain.Department;
import com.huike.crm.complaint.domain.Opinion;
import com.huike.crm.complaint.domain.RequestStatus;
import com.huike.crm.complaint.domain.RequestType;
import com.huike.crm.complaint.domain.ServiceRequest;
import com.huike.crm.complaint.domain.ServiceRequestRepository;
import com.huike.crm.customer.CustomerCard;
import com.huike.crm.customer.CustomerDirectory;
import com.huike.crm.customer.CustomerName;
import com.huike.crm.customer.CustomerNotFoundException;
import com.huike.crm.customer.CustomerReassigned;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.Viewer;
import com.huike.crm.identity.domain.Role;
import com.huike.crm.shared.ConflictException;
import com.huike.crm.shared.NotAllowedException;
import com.huike.crm.shared.NotFoundException;
import com.huike.crm.shared.RuleViolationException;
import com.huike.crm.shared.Text;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of the hotline's requests and the complaint flow.
 * <p>
 * Who sees a request: 客服部 (agents and the customer-service manager) and administrators
 * every one, with the call fields only; a handler the complaints routed to their
 * department, while the department has them; a customer manager (and the market manager
 * of their team) the requests of their own customers. For anyone else a request does not
 * exist (404). Who does what: 客服部 takes requests, closes inquiries, records the feedback
 * and closes or reopens complaints; the customer-service manager confirms and routes
 * complaints and deals with suggestions; a handler of the department takes a complaint
 * and records the result. Every step names the version the user saw; a step the state
 * does not allow (confirming twice, closing twice) is refused with the reason, a request
 * changed meanwhile with 409, and nothing changes.
 */
@Service
@Transactional(readOnly = true)
public class ComplaintService {

	@jakarta.persistence.PersistenceContext
	private jakarta.persistence.EntityManager entities;

	/** How many rows a queue page holds at most. */
	public static final int MAX_PAGE_SIZE = 100;

	/** Counted up to this many; beyond, "more than". */
	static final int COUNT_LIMIT = 1000;

	private static final Set<RequestStatus> HANDLING = EnumSet.of(RequestStatus.NEW, RequestStatus.ROUTED,
			RequestStatus.TAKEN);

	private final ServiceRequestRepository requests;

	private final ComplaintSettingsService settings;

	private final CustomerDirectory customers;

	private final IdentityService identity;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ComplaintService(ServiceRequestRepository requests, ComplaintSettingsService settings, CustomerDirectory customers,
			IdentityService identity, ApplicationEventPublisher events, Clock clock) {
		this.requests = requests;
		this.settings = settings;
		this.customers = customers;
		this.identity = identity;
		this.events = events;
		this.clock = clock;
	}

	// roles

	/** 客服部: the call center's agents and its manager. */
	public static boolean isCallCenter(Viewer viewer) {
		return viewer.has(Role.AGENT) || viewer.has(Role.CS_MANAGER);
	}

	public static boolean isCsManager(Viewer viewer) {
		return viewer.has(Role.CS_MANAGER);
	}

	/**
	 * The handler's department (by the name identity keeps for them), if they are one.
	 */
	public Optional<Long> departmentOf(Viewer viewer) {
		if (!viewer.has(Role.HANDLER)) {
			return Optional.empty();
		}
		return identity.departmentOf(viewer.userId()).flatMap(settings::departmentNamed);
	}

	// taking a call

	/**
	 * Records a request the desk took. The caller is a customer the viewer may look up
	 * ({@code customerId}) or a new caller with their phone. An inquiry with an answer is
	 * closed at once; a complaint gets the department the routing rules propose and its
	 * deadline, and waits for the customer-service manager's confirmation.
	 * @return the request's id
	 */
	@Transactional
	public Long receive(NewRequest command, Viewer viewer) {
		if (!isCallCenter(viewer)) {
			throw new NotAllowedException("the call center takes requests", "request.notCallCenter");
		}
		List<RuleViolationException.Violation> violations = new ArrayList<>();
		if (command.type() == null) {
			violations.add(new RuleViolationException.Violation("type", "request.type.required"));
		}
		if (command.channel() == null) {
			violations.add(new RuleViolationException.Violation("channel", "request.channel.required"));
		}
		if (command.description() == null || command.description().isBlank()) {
			violations.add(new RuleViolationException.Violation("description", "complaint.description.required"));
		}
		if (command.type() == RequestType.COMPLAINT && command.categoryId() == null) {
			violations.add(new RuleViolationException.Violation("categoryId", "complaint.category.required"));
		}
		Category category = null;
		if (command.categoryId() != null) {
			category = settings.categoriesById().get(command.categoryId());
			if (category == null || !category.isActive()) {
				violations.add(new RuleViolationException.Violation("categoryId", "complaint.category.unknown"));
			}
		}
		CustomerCard customer = null;
		if (command.customerId() != null) {
			customer = customers.find(command.customerId(), viewer).orElse(null);
			if (customer == null) {
				violations.add(new RuleViolationException.Violation("customerId", "request.customer.notFound"));
			}
		}
		String phone = (command.callerPhone() != null && !command.callerPhone().isBlank())
				? PhoneNumbers.normalize(command.callerPhone()) : (customer != null) ? customer.mobilePhone() : null;
		if (phone == null || phone.isBlank()) {
			violations.add(new RuleViolationException.Violation("callerPhone", "request.phone.required"));
		}
		else if (phone.length() > 40) {
			violations.add(new RuleViolationException.Violation("callerPhone", "request.phone.invalid"));
		}
		Long about = null;
		if (command.aboutCustomerCode() != null && !command.aboutCustomerCode().isBlank()) {
			about = customers.findByCode(command.aboutCustomerCode(), viewer).map(CustomerCard::id).orElse(null);
			if (about == null) {
				violations.add(new RuleViolationException.Violation("aboutCustomerCode", "request.customer.notFound"));
			}
		}
		checkTexts(violations, command);
		if (!violations.isEmpty()) {
			throw new RuleViolationException(violations);
		}
		Instant now = Instant.now(clock);
		String callerName = (command.callerName() != null && !command.callerName().isBlank()) ? command.callerName()
				: (customer != null) ? customer.name() : null;
		Long proposed = null;
		Instant due = null;
		if (command.type() == RequestType.COMPLAINT) {
			proposed = settings.propose(command.categoryId(), command.product(), command.region());
			due = settings.dueAt(
					command.severity() != null ? command.severity() : com.huike.crm.complaint.domain.Severity.NORMAL,
					now, clock.getZone());
		}
		ServiceRequest request = new ServiceRequest(new ServiceRequest.Intake(command.type(), command.channel(),
				(customer != null) ? customer.id() : null, (customer != null) ? customer.ownerId() : null, about,
				callerName, phone, command.categoryId(), command.severity(), command.description(), command.product(),
				command.region(), command.answer(), proposed, due), viewer.userId(), now);
		return requests.saveAndFlush(request).getId();
	}

	/**
	 * A problem raised in a revisit becomes a routed complaint in one step, for the
	 * revisit feature: taken by the viewer (an agent), channel 回访, confirmed at once to
	 * the department the routing rules propose (the default department when none holds),
	 * with its deadline; {@link ComplaintRouted} is published. Thereafter it runs the
	 * flow like any complaint: the department takes it and returns the result, 客服部 feeds
	 * it back and closes it ({@link ComplaintHandled}).
	 * @return the complaint's id
	 * @throws RuleViolationException when the description is missing, the category or the
	 * customer unknown
	 */
	@Transactional
	public Long raiseFromRevisit(NewComplaint problem, Viewer viewer) {
		Long id = receive(new NewRequest(RequestType.COMPLAINT, Channel.REVISIT, problem.customerId(),
				problem.callerName(), problem.callerPhone(), problem.categoryId(), problem.severity(),
				problem.description(), problem.product(), problem.region(), null, null), viewer);
		ServiceRequest request = requests.findById(id).orElseThrow();
		Instant now = Instant.now(clock);
		request.confirm(request.getProposedDepartmentId(), viewer.userId(), now);
		requests.flush();
		publishRouted(request, viewer.userId(), now);
		return id;
	}

	// reading

	public RequestView request(Long id, Viewer viewer) {
		return view(load(id, viewer), viewer);
	}

	/**
	 * The requests the viewer may see, newest first: every one for 客服部 and administrators
	 * (of a type, if given), the department's complaints for a handler, their customers'
	 * for a manager or market manager.
	 */
	public Page<RequestRow> list(RequestType type, Viewer viewer, Pageable pageable) {
		Pageable page = bounded(pageable);
		Optional<ListScope> scope = listScope(viewer);
		if (scope.isEmpty()) {
			return Page.empty(page);
		}
		ListScope in = scope.get();
		Page<ServiceRequest> found;
		if (in.all()) {
			found = (type == null) ? requests.findAllByOrderByReceivedAtDescIdDesc(page)
					: requests.findByTypeOrderByReceivedAtDescIdDesc(type, page);
		}
		else if (in.departmentId() != null) {
			found = requests.findByDepartmentIdOrderByReceivedAtDescIdDesc(in.departmentId(), page);
		}
		else {
			found = requests.findByOwnerIdInOrderByReceivedAtDescIdDesc(in.ownerIds(), page);
		}
		List<RequestRow> rows = rows(found.getContent());
		return new org.springframework.data.domain.PageImpl<>(rows, page, found.getTotalElements());
	}

	/**
	 * Whose requests the list shows a viewer: all of them (the call center and the
	 * administrator, who may choose a type), a handler's department's, or the requests of
	 * the customers of the books the viewer sees; empty when none.
	 */
	private record ListScope(boolean all, Long departmentId, Collection<Long> ownerIds) {

	}

	private Optional<ListScope> listScope(Viewer viewer) {
		if (viewer.isAdmin() || isCallCenter(viewer)) {
			return Optional.of(new ListScope(true, null, null));
		}
		if (viewer.has(Role.HANDLER)) {
			return departmentOf(viewer).map(department -> new ListScope(false, department, null));
		}
		Collection<Long> owners = viewer.visibleOwnerIds();
		return (owners == null || owners.isEmpty()) ? Optional.empty()
				: Optional.of(new ListScope(false, null, owners));
	}

	/**
	 * Every request of the list the viewer sees ({@link #list}), in its order, given to
	 * {@code sink} {@code pageSize} at a time by keyset (the list's export).
	 */
	public void forEachRow(RequestType type, Viewer viewer, int pageSize,
			java.util.function.Consumer<RequestRow> sink) {
		Optional<ListScope> scope = listScope(viewer);
		if (scope.isEmpty()) {
			return;
		}
		ListScope in = scope.get();
		boolean byOwner = in.ownerIds() != null;
		int size = Math.max(1, pageSize);
		Instant at = Instant.parse("9999-12-31T00:00:00Z");
		Long id = Long.MAX_VALUE;
		while (true) {
			List<ServiceRequest> found = requests.walk(in.all() ? type : null, in.departmentId(), byOwner,
					byOwner ? in.ownerIds() : List.of(-1L), at, id, org.springframework.data.domain.Limit.of(size));
			List<RequestRow> rows = rows(found);
			// constant memory: the page's entities leave the persistence context
			entities.clear();
			rows.forEach(sink);
			if (found.size() < size) {
				return;
			}
			ServiceRequest last = found.get(found.size() - 1);
			at = last.getReceivedAt();
			id = last.getId();
		}
	}

	/** A customer's requests the viewer may see, newest first (the desk, the archive). */
	public List<RequestRow> ofCustomer(Long customerId, Viewer viewer, int limit) {
		CustomerCard card = customers.card(customerId, viewer);
		return mayListRequestsOf(card, viewer) ? rows(latestOf(customerId, limit)) : List.of();
	}

	/**
	 * Who sees a customer's requests: the administrator, the call center, and the
	 * customer's manager or market manager.
	 */
	private boolean mayListRequestsOf(CustomerCard card, Viewer viewer) {
		return viewer.isAdmin() || isCallCenter(viewer) || viewer.ownsOrSupervises(card.ownerId());
	}

	private List<ServiceRequest> latestOf(Long customerId, int limit) {
		return requests.findByCustomerIdOrderByReceivedAtDescIdDesc(customerId,
				PageRequest.of(0, Math.max(1, Math.min(limit, MAX_PAGE_SIZE))));
	}

	/**
	 * The complaints waiting for the customer-service manager's confirmation, oldest
	 * first.
	 */
	public List<RequestRow> toConfirm(Viewer viewer) {
		checkCallCenter(viewer);
		return rows(
				requests.findTop100ByTypeAndStatusOrderByReceivedAtAscIdAsc(RequestType.COMPLAINT, RequestStatus.NEW));
	}

	/** The overdue complaints escalated to the customer-service manager, by deadline. */
	public List<RequestRow> escalated(Viewer viewer) {
		checkCallCenter(viewer);
		return rows(requests.findEscalated(PageRequest.of(0, MAX_PAGE_SIZE)));
	}

	/** Complaints the departments returned: 客服部 tells the customer and closes them. */
	public List<RequestRow> toFeedBack(Viewer viewer) {
		checkCallCenter(viewer);
		return rows(requests.findToFeedBack(PageRequest.of(0, MAX_PAGE_SIZE)));
	}

	/** Suggestions and repair requests waiting on the customer-service manager's list. */
	public Page<RequestRow> suggestions(Viewer viewer, Pageable pageable) {
		checkCallCenter(viewer);
		Page<ServiceRequest> found = requests.findByTypeInAndStatusOrderByReceivedAtDescIdDesc(
				EnumSet.of(RequestType.SUGGESTION, RequestType.REPAIR, RequestType.INQUIRY), RequestStatus.OPEN,
				bounded(pageable));
		return new org.springframework.data.domain.PageImpl<>(rows(found.getContent()), found.getPageable(),
				found.getTotalElements());
	}

	/**
	 * The customer-service manager's queue: every open complaint by deadline, the most
	 * urgent first, paged by keyset ({@code cursor} of the page before; null for the
	 * first). One index range scan of {@code idx_service_request_open_complaints} per
	 * page, whatever the depth.
	 */
	public ComplaintQueue queue(String cursor, int size, Viewer viewer) {
		checkCallCenterOrAdmin(viewer);
		int n = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
		List<ServiceRequest> found;
		if (cursor == null || cursor.isBlank()) {
			found = requests.findOpenComplaints(PageRequest.of(0, n + 1));
		}
		else {
			QueueCursor at = QueueCursor.decode(cursor.strip());
			found = requests.findOpenComplaintsAfter(at.dueAt(), at.id(), PageRequest.of(0, n + 1));
		}
		boolean more = found.size() > n;
		List<ServiceRequest> page = more ? found.subList(0, n) : found;
		String next = more ? QueueCursor.of(page.get(page.size() - 1)).encode() : null;
		long total = requests.countOpenComplaints(COUNT_LIMIT + 1);
		return new ComplaintQueue(rows(page), Math.min(total, COUNT_LIMIT), total > COUNT_LIMIT,
				cursor != null && !cursor.isBlank(), next);
	}

	/**
	 * The handler's department queue: complaints to take and being handled, by deadline.
	 */
	public List<RequestRow> departmentQueue(Viewer viewer) {
		Long department = departmentOf(viewer)
			.orElseThrow(() -> new NotAllowedException("handlers of a department", "complaint.notAHandler"));
		return rows(requests.findDepartmentQueue(department, PageRequest.of(0, MAX_PAGE_SIZE)));
	}

	/** The name of the handler's department, for the queue's title. */
	public Optional<ConfigOption> departmentOfViewer(Viewer viewer) {
		return departmentOf(viewer).flatMap(settings::department);
	}

	/**
	 * What waits for the customer-service manager (the navigation bar): complaints to
	 * confirm and escalated ones.
	 */
	public long csManagerCount(Viewer viewer) {
		if (!isCsManager(viewer)) {
			return 0;
		}
		return requests.countByTypeAndStatus(RequestType.COMPLAINT, RequestStatus.NEW) + requests.countEscalated();
	}

	/** Escalated complaints alone (the CS manager's badge of overdue ones). */
	public long escalatedCount(Viewer viewer) {
		return isCallCenter(viewer) ? requests.countEscalated() : 0;
	}

	/** Complaints to take in the handler's department (the navigation bar). */
	public long departmentCount(Viewer viewer) {
		return departmentOf(viewer).map(requests::countToTake).orElse(0L);
	}

	/**
	 * Complaints returned and waiting for 客服部's feedback (the agents' navigation bar).
	 */
	public long feedbackCount(Viewer viewer) {
		return isCallCenter(viewer) ? requests.countByTypeAndStatus(RequestType.COMPLAINT, RequestStatus.RETURNED) : 0;
	}

	/**
	 * The call center's panel on a customer's archive, from one read of the customer and
	 * of the categories: the latest requests the viewer may see, and the risk signal —
	 * complaints of a risk category (窜货/砸价) about the customer within the configured
	 * days, against the threshold.
	 */
	public ArchiveRequests onArchive(Long customerId, Viewer viewer, int limit) {
		CustomerCard card = customers.card(customerId, viewer);
		Map<Long, Category> categories = settings.categoriesById();
		List<RequestRow> rows = mayListRequestsOf(card, viewer) ? rows(latestOf(customerId, limit), categories)
				: List.of();
		ComplaintSettings s = settings.load();
		Set<Long> risky = riskCategoryIds(categories);
		long count = risky.isEmpty() ? 0
				: requests.countAbout(customerId, risky, Instant.now(clock).minus(Duration.ofDays(s.getRiskDays())));
		return new ArchiveRequests(rows,
				new RiskSignal(count, s.getRiskThreshold(), s.getRiskDays(), count >= s.getRiskThreshold()));
	}

	private Set<Long> riskCategoryIds() {
		return riskCategoryIds(settings.categoriesById());
	}

	private static Set<Long> riskCategoryIds(Map<Long, Category> categories) {
		return categories.values().stream().filter(Category::isRisk).map(Category::getId).collect(Collectors.toSet());
	}

	/**
	 * The complaints of a risk category (窜货/砸价) within the configured days, per customer
	 * complained about: for figures over many customers (the dashboards' 假大户 signs),
	 * which keep those of the books their viewer sees.
	 */
	public RiskCounts riskCounts() {
		int days = settings.load().getRiskDays();
		Set<Long> risky = riskCategoryIds();
		Map<Long, Long> counts = new HashMap<>();
		if (!risky.isEmpty()) {
			for (Object[] row : requests.countAboutEach(risky, Instant.now(clock).minus(Duration.ofDays(days)))) {
				counts.put((Long) row[0], (Long) row[1]);
			}
		}
		return new RiskCounts(days, counts);
	}

	/** Risk complaints per customer complained about, within the last {@code days}. */
	public record RiskCounts(int days, Map<Long, Long> counts) {

	}

	// the flow

	@Transactional
	public void confirm(Long id, long version, Long departmentId, Viewer viewer) {
		ServiceRequest request = load(id, viewer);
		checkCsManager(viewer);
		Instant now = Instant.now(clock);
		request.confirm(activeDepartment(departmentId), viewer.userId(), now);
		save(request, version);
		publishRouted(request, viewer.userId(), now);
	}

	@Transactional
	public void route(Long id, long version, Long departmentId, String note, Viewer viewer) {
		ServiceRequest request = load(id, viewer);
		checkCsManager(viewer);
		Instant now = Instant.now(clock);
		request.route(activeDepartment(departmentId), viewer.userId(), now, note);
		save(request, version);
		publishRouted(request, viewer.userId(), now);
	}

	@Transactional
	public void take(Long id, long version, Viewer viewer) {
		ServiceRequest request = loadForHandler(id, viewer);
		request.take(viewer.userId(), Instant.now(clock));
		save(request, version);
	}

	@Transactional
	public void recordResult(Long id, long version, String result, Viewer viewer) {
		ServiceRequest request = loadForHandler(id, viewer);
		checkText("result", result);
		request.recordResult(viewer.userId(), result, Instant.now(clock));
		save(request, version);
	}

	@Transactional
	public void recordFeedback(Long id, long version, String feedback, Opinion opinion, Viewer viewer) {
		ServiceRequest request = load(id, viewer);
		checkCallCenter(viewer);
		checkText("feedback", feedback);
		request.recordFeedback(feedback, opinion, viewer.userId(), Instant.now(clock));
		save(request, version);
	}

	/**
	 * Closes a complaint fed back to the customer, and publishes
	 * {@link ComplaintHandled}.
	 */
	@Transactional
	public void close(Long id, long version, Viewer viewer) {
		ServiceRequest request = load(id, viewer);
		checkCallCenter(viewer);
		Instant now = Instant.now(clock);
		request.close(viewer.userId(), now);
		save(request, version);
		events.publishEvent(new ComplaintHandled(request.getId(), request.getCustomerId(), request.getCallerName(),
				request.getCallerPhone(), departmentName(request.getDepartmentId()), now));
	}

	@Transactional
	public void reopen(Long id, long version, String reason, Viewer viewer) {
		ServiceRequest request = load(id, viewer);
		checkCallCenter(viewer);
		checkText("reason", reason);
		Instant now = Instant.now(clock);
		request.reopen(viewer.userId(), now, reason, settings.dueAt(request.getSeverity(), now, clock.getZone()));
		save(request, version);
		publishRouted(request, viewer.userId(), now);
	}

	/**
	 * The customer-service manager dealt with a suggestion, repair request or open
	 * inquiry.
	 */
	@Transactional
	public void acknowledge(Long id, long version, String note, Viewer viewer) {
		ServiceRequest request = load(id, viewer);
		checkCsManager(viewer);
		checkText("answer", note);
		request.acknowledge(viewer.userId(), note, Instant.now(clock));
		save(request, version);
	}

	/**
	 * Escalates every complaint past its deadline not yet escalated (the scheduled run):
	 * flagged, a step on its timeline, and on the customer-service manager's page and
	 * count.
	 * @return how many were escalated
	 */
	@Transactional
	public int escalateOverdue() {
		Instant now = Instant.now(clock);
		int escalated = 0;
		List<Long> ids = requests.findOverdueNotEscalated(now, PageRequest.of(0, 500));
		for (ServiceRequest request : requests.findAllById(ids)) {
			if (request.escalate(now)) {
				escalated++;
			}
		}
		requests.flush();
		return escalated;
	}

	/** The requests of a customer handed to another manager follow the customer. */
	@EventListener
	@Transactional
	public void onCustomerReassigned(CustomerReassigned event) {
		requests.moveToOwner(event.customerId(), event.newOwnerId());
	}

	// loading and checks (a request is looked up before the role is checked: one the
	// viewer
	// cannot see, or that does not exist, is a 404 for every role, as everywhere else)

	private ServiceRequest load(Long id, Viewer viewer) {
		ServiceRequest request = requests.findById(id)
			.orElseThrow(() -> new NotFoundException("request", id, "complaint.notFound"));
		if (!visible(request, viewer)) {
			throw new NotFoundException("request", id, "complaint.notFound");
		}
		return request;
	}

	/** A complaint of the handler's department; for anyone else it does not exist. */
	private ServiceRequest loadForHandler(Long id, Viewer viewer) {
		Optional<Long> department = departmentOf(viewer);
		if (department.isEmpty()) {
			// 客服部 and others who see it may not handle it
			load(id, viewer);
			throw new NotAllowedException("handlers of the department", "complaint.notAHandler");
		}
		return requests.findById(id)
			.filter(r -> department.get().equals(r.getDepartmentId()))
			.orElseThrow(() -> new NotFoundException("request", id, "complaint.notInDepartment"));
	}

	private boolean visible(ServiceRequest request, Viewer viewer) {
		if (viewer.isAdmin() || isCallCenter(viewer)) {
			return true;
		}
		if (viewer.ownsOrSupervises(request.getOwnerId())) {
			return true;
		}
		if (viewer.has(Role.HANDLER) && request.getDepartmentId() != null) {
			return departmentOf(viewer).map(d -> d.equals(request.getDepartmentId())).orElse(false);
		}
		return false;
	}

	private void save(ServiceRequest request, long version) {
		if (request.getVersion() != version) {
			throw new ConflictException("request " + request.getId() + " changed", ConflictException.VERSION,
					Map.of("currentVersion", request.getVersion()), "complaint.version.conflict");
		}
		requests.flush();
	}

	private Long activeDepartment(Long departmentId) {
		if (departmentId == null) {
			throw new RuleViolationException("departmentId", "complaint.department.required");
		}
		return settings.department(departmentId)
			.filter(ConfigOption::active)
			.map(ConfigOption::id)
			.orElseThrow(() -> new RuleViolationException("departmentId", "complaint.department.required"));
	}

	private void publishRouted(ServiceRequest request, Long by, Instant now) {
		events.publishEvent(new ComplaintRouted(request.getId(), request.getCustomerId(), request.getDepartmentId(),
				departmentName(request.getDepartmentId()), by, now));
	}

	private String departmentName(Long departmentId) {
		return settings.department(departmentId).map(ConfigOption::name).orElse(null);
	}

	private static void checkCallCenter(Viewer viewer) {
		if (!isCallCenter(viewer)) {
			throw new NotAllowedException("客服部 only", "request.notCallCenter");
		}
	}

	private static void checkCallCenterOrAdmin(Viewer viewer) {
		if (!isCallCenter(viewer) && !viewer.isAdmin()) {
			throw new NotAllowedException("客服部 only", "request.notCallCenter");
		}
	}

	private static void checkCsManager(Viewer viewer) {
		if (!isCsManager(viewer)) {
			throw new NotAllowedException("the customer-service manager", "complaint.notCsManager");
		}
	}

	private static void checkText(String field, String value) {
		if (Text.hasControlCharacters(value)) {
			throw new RuleViolationException(field, "complaint.text.controlCharacters");
		}
	}

	private static void checkTexts(List<RuleViolationException.Violation> violations, NewRequest command) {
		Map<String, String> texts = new java.util.LinkedHashMap<>();
		texts.put("callerName", command.callerName());
		texts.put("callerPhone", command.callerPhone());
		texts.put("description", command.description());
		texts.put("product", command.product());
		texts.put("region", command.region());
		texts.put("answer", command.answer());
		texts.put("aboutCustomerCode", command.aboutCustomerCode());
		Map<String, Integer> max = Map.of("callerName", 100, "callerPhone", 40, "description", ServiceRequest.TEXT_MAX,
				"product", 100, "region", 100, "answer", ServiceRequest.TEXT_MAX, "aboutCustomerCode", 40);
		texts.forEach((field, value) -> {
			if (Text.hasControlCharacters(value)) {
				violations.add(new RuleViolationException.Violation(field, "complaint.text.controlCharacters"));
			}
			else if (value != null && value.strip().length() > max.get(field)) {
				violations.add(new RuleViolationException.Violation(field, "complaint.text.tooLong", max.get(field)));
			}
		});
	}

	private static Pageable bounded(Pageable pageable) {
		if (pageable == null || pageable.isUnpaged()) {
			return PageRequest.of(0, 20);
		}
		int size = Math.max(1, Math.min(pageable.getPageSize(), MAX_PAGE_SIZE));
		// bounded offset: the lists are for today's work, not for browsing years
		int page = Math.min(pageable.getPageNumber(), COUNT_LIMIT / size);
		return PageRequest.of(page, size);
	}

	// read records

	private List<RequestRow> rows(List<ServiceRequest> found) {
		return found.isEmpty() ? List.of() : rows(found, settings.categoriesById());
	}

	private List<RequestRow> rows(List<ServiceRequest> found, Map<Long, Category> cs) {
		if (found.isEmpty()) {
			return List.of();
		}
		Set<Long> customerIds = new HashSet<>();
		Set<Long> users = new HashSet<>();
		found.forEach(r -> {
			if (r.getCustomerId() != null) {
				customerIds.add(r.getCustomerId());
			}
			users.add(r.getTakenBy());
		});
		Map<Long, CustomerName> names = customers.names(customerIds);
		Map<Long, String> who = identity.displayNames(users);
		Map<Long, Department> ds = settings.departmentsById();
		Instant now = Instant.now(clock);
		List<RequestRow> rows = new ArrayList<>(found.size());
		for (ServiceRequest r : found) {
			CustomerName c = (r.getCustomerId() != null) ? names.get(r.getCustomerId()) : null;
			Category cat = (r.getCategoryId() != null) ? cs.get(r.getCategoryId()) : null;
			Department d = (r.getDepartmentId() != null) ? ds.get(r.getDepartmentId())
					: (r.getProposedDepartmentId() != null) ? ds.get(r.getProposedDepartmentId()) : null;
			rows.add(new RequestRow(r.getId(), r.getType(), r.getStatus(), r.getCustomerId(),
					(c != null) ? c.code() : null, (c != null) ? c.name() : null, r.getCallerName(), r.getCallerPhone(),
					(cat != null) ? cat.getName() : null, (cat != null) ? cat.getNameEn() : null, r.getSeverity(),
					r.getChannel(), r.getDescription(), (d != null) ? d.getName() : null,
					(d != null) ? d.getNameEn() : null, r.getReceivedAt(), r.getDueAt(), r.isOverdue(now),
					r.getEscalatedAt() != null && r.getStatus().isHandling(), who.get(r.getTakenBy()), r.getVersion()));
		}
		return rows;
	}

	private RequestView view(ServiceRequest r, Viewer viewer) {
		Set<Long> customerIds = new HashSet<>();
		if (r.getCustomerId() != null) {
			customerIds.add(r.getCustomerId());
		}
		if (r.getAboutCustomerId() != null) {
			customerIds.add(r.getAboutCustomerId());
		}
		Map<Long, CustomerName> names = customers.names(customerIds);
		Set<Long> people = new HashSet<>();
		people.add(r.getTakenBy());
		if (r.getHandlerId() != null) {
			people.add(r.getHandlerId());
		}
		CustomerName c = (r.getCustomerId() != null) ? names.get(r.getCustomerId()) : null;
		CustomerName about = (r.getAboutCustomerId() != null) ? names.get(r.getAboutCustomerId()) : null;
		if (c != null) {
			people.add(c.ownerId());
		}
		r.getSteps().forEach(s -> {
			if (s.getByUser() != null) {
				people.add(s.getByUser());
			}
		});
		Map<Long, String> who = identity.displayNames(people);
		Map<Long, Department> ds = settings.departmentsById();
		Map<Long, Category> cs = settings.categoriesById();
		Category cat = (r.getCategoryId() != null) ? cs.get(r.getCategoryId()) : null;
		Department proposed = (r.getProposedDepartmentId() != null) ? ds.get(r.getProposedDepartmentId()) : null;
		Department dept = (r.getDepartmentId() != null) ? ds.get(r.getDepartmentId()) : null;
		List<RequestView.Step> steps = new ArrayList<>();
		for (ComplaintStep s : r.getSteps()) {
			Department sd = (s.getDepartmentId() != null) ? ds.get(s.getDepartmentId()) : null;
			steps.add(new RequestView.Step(s.getKind(), s.getFromStatus(), s.getToStatus(),
					(s.getByUser() != null) ? who.get(s.getByUser()) : null, s.getAt(),
					(sd != null) ? sd.getName() : null, (sd != null) ? sd.getNameEn() : null, s.getNote()));
		}
		boolean callCenter = isCallCenter(viewer);
		boolean csManager = isCsManager(viewer);
		Optional<Long> ownDepartment = departmentOf(viewer);
		boolean handlerHere = ownDepartment.isPresent() && ownDepartment.get().equals(r.getDepartmentId());
		RequestStatus st = r.getStatus();
		boolean complaint = r.isComplaint();
		RequestView.Permissions can = new RequestView.Permissions(complaint && csManager && st == RequestStatus.NEW,
				complaint && csManager && st == RequestStatus.ROUTED,
				complaint && handlerHere && st == RequestStatus.ROUTED,
				complaint && handlerHere && st == RequestStatus.TAKEN && viewer.userId().equals(r.getHandlerId()),
				complaint && callCenter && st == RequestStatus.RETURNED,
				complaint && callCenter && st == RequestStatus.FED_BACK,
				complaint && callCenter && st == RequestStatus.FED_BACK,
				!complaint && csManager && st == RequestStatus.OPEN);
		return new RequestView(r.getId(), r.getType(), st, r.getCustomerId(), (c != null) ? c.code() : null,
				(c != null) ? c.name() : null, (c != null) ? who.get(c.ownerId()) : null,
				(about != null) ? about.code() : null, (about != null) ? about.name() : null, r.getCallerName(),
				r.getCallerPhone(), r.getCategoryId(), (cat != null) ? cat.getName() : null,
				(cat != null) ? cat.getNameEn() : null, r.getSeverity(), r.getChannel(), r.getDescription(),
				r.getProduct(), r.getRegion(), r.getAnswer(), who.get(r.getTakenBy()), r.getReceivedAt(),
				r.getProposedDepartmentId(), (proposed != null) ? proposed.getName() : null,
				(proposed != null) ? proposed.getNameEn() : null, r.getDepartmentId(),
				(dept != null) ? dept.getName() : null, (dept != null) ? dept.getNameEn() : null,
				(r.getHandlerId() != null) ? who.get(r.getHandlerId()) : null, r.getDueAt(),
				r.isOverdue(Instant.now(clock)), r.getEscalatedAt(), r.getResult(), r.getFeedback(), r.getOpinion(),
				r.getReopenCount(), r.getClosedAt(), r.getVersion(), steps, can);
	}

	/** The position of the last row of a queue page: its deadline and id. */
	record QueueCursor(Instant dueAt, Long id) {

		static QueueCursor of(ServiceRequest r) {
			return new QueueCursor(r.getDueAt(), r.getId());
		}

		String encode() {
			long micros = Math.addExact(Math.multiplyExact(dueAt.getEpochSecond(), 1_000_000L), dueAt.getNano() / 1000);
			return micros + "." + id;
		}

		static QueueCursor decode(String token) {
			try {
				int dot = token.indexOf('.');
				long micros = Long.parseLong(token.substring(0, dot));
				long id = Long.parseLong(token.substring(dot + 1));
				Instant at = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
						Math.floorMod(micros, 1_000_000L) * 1000);
				if (at.getEpochSecond() < 0 || at.getEpochSecond() > 32503680000L || id < 0) {
					throw new IllegalArgumentException("out of range");
				}
				return new QueueCursor(at, id);
			}
			catch (RuntimeException ex) {
				throw new RuleViolationException("cursor", "complaint.cursor.invalid");
			}
		}

	}

}
