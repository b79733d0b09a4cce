package com.huike.crm.complaint;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.huike.crm.calendar.WorkingDays;
import com.huike.crm.complaint.domain.Category;
import com.huike.crm.complaint.domain.CategoryRepository;
import com.huike.crm.complaint.domain.ComplaintSettings;
import com.huike.crm.complaint.domain.ComplaintSettingsRepository;
import com.huike.crm.complaint.domain.DeadlineUnit;
import com.huike.crm.complaint.domain.Department;
import com.huike.crm.complaint.domain.DepartmentRepository;
import com.huike.crm.complaint.domain.RoutingRule;
import com.huike.crm.complaint.domain.RoutingRuleRepository;
import com.huike.crm.complaint.domain.Severity;
import com.huike.crm.identity.Viewer;
import com.huike.crm.shared.ConflictException;
import com.huike.crm.shared.NotAllowedException;
import com.huike.crm.shared.NotFoundException;
import com.huike.crm.shared.RuleViolationException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the administrator configures for the call center: the departments complaints are
 * routed to, the categories of requests (and which count towards the risk signal), the
 * routing rules in their order, the default department, the risk threshold, the working
 * hours and the deadline of each severity. Everyone reads them; only administrators
 * change them.
 */
@Service
@Transactional(readOnly = true)
public class ComplaintSettingsService {

	private static final int NAME_MAX = 50;

	private static final int CONDITION_MAX = 100;

	private final DepartmentRepository departments;

	private final CategoryRepository categories;

	private final RoutingRuleRepository rules;

	private final ComplaintSettingsRepository settings;

	private final WorkingDays workingDays;

	ComplaintSettingsService(DepartmentRepository departments, CategoryRepository categories,
			RoutingRuleRepository rules, ComplaintSettingsRepository settings, WorkingDays workingDays) {
		this.departments = departments;
		this.categories = categories;
		this.rules = rules;
		this.settings = settings;
		this.workingDays = workingDays;
	}

	// reading

	public List<ConfigOption> departments(boolean activeOnly) {
		return departments.findAllByOrderByPositionAscIdAsc()
			.stream()
			.filter(d -> !activeOnly || d.isActive())
			.map(d -> new ConfigOption(d.getId(), d.getName(), d.getNameEn(), d.getPosition(), d.isActive(), false,
					d.getVersion()))
			.toList();
	}

	public List<ConfigOption> categories(boolean activeOnly) {
		return categories.findAllByOrderByPositionAscIdAsc()
			.stream()
			.filter(c -> !activeOnly || c.isActive())
			.map(c -> new ConfigOption(c.getId(), c.getName(), c.getNameEn(), c.getPosition(), c.isActive(), c.isRisk(),
					c.getVersion()))
			.toList();
	}

	public List<RuleView> rules() {
		Map<Long, Department> ds = departmentsById();
		Map<Long, Category> cs = categoriesById();
		return rules.findAllByOrderByPositionAscIdAsc().stream().map(r -> {
			Category c = (r.getCategoryId() != null) ? cs.get(r.getCategoryId()) : null;
			Department d = ds.get(r.getDepartmentId());
			return new RuleView(r.getId(), r.getPosition(), r.getCategoryId(), (c != null) ? c.getName() : null,
					(c != null) ? c.getNameEn() : null, r.getProduct(), r.getRegion(), r.getDepartmentId(), d.getName(),
					d.getNameEn(), r.getVersion());
		}).toList();
	}

	public SettingsView settings() {
		ComplaintSettings s = load();
		Map<Severity, Integer> amounts = new EnumMap<>(Severity.class);
		Map<Severity, DeadlineUnit> units = new EnumMap<>(Severity.class);
		for (Severity severity : Severity.values()) {
			amounts.put(severity, s.amountOf(severity));
			units.put(severity, s.unitOf(severity));
		}
		return new SettingsView(s.getDefaultDepartmentId(), s.getRiskThreshold(), s.getRiskDays(), s.getWorkStart(),
				s.getWorkEnd(), amounts, units, s.getVersion());
	}

	/**
	 * The department routing proposes for a complaint: the first rule that holds, or the
	 * default.
	 */
	public Long propose(Long categoryId, String product, String region) {
		List<ComplaintRouting.Rule> all = rules.findAllByOrderByPositionAscIdAsc()
			.stream()
			.map(r -> new ComplaintRouting.Rule(r.getId(), r.getCategoryId(), r.getProduct(), r.getRegion(),
					r.getDepartmentId()))
			.toList();
		Map<Long, Department> ds = departmentsById();
		// a rule naming a department no longer active is passed over
		List<ComplaintRouting.Rule> usable = all.stream()
			.filter(r -> ds.containsKey(r.departmentId()) && ds.get(r.departmentId()).isActive())
			.toList();
		return ComplaintRouting.propose(usable, categoryId, product, region, load().getDefaultDepartmentId())
			.departmentId();
	}

	/**
	 * The deadline of a complaint of this severity received at this moment, in working
	 * time.
	 */
	public Instant dueAt(Severity severity, Instant received, ZoneId zone) {
		ComplaintSettings s = load();
		return ComplaintDeadlines.dueAt(received, s.amountOf(severity), s.unitOf(severity), s.getWorkStart(),
				s.getWorkEnd(), zone, workingDays::isWorkingDay);
	}

	public Optional<ConfigOption> department(Long id) {
		return (id == null) ? Optional.empty()
				: departments.findById(id)
					.map(d -> new ConfigOption(d.getId(), d.getName(), d.getNameEn(), d.getPosition(), d.isActive(),
							false, d.getVersion()));
	}

	/**
	 * The id of the active department of this name (a handler's, as identity keeps it).
	 */
	public Optional<Long> departmentNamed(String name) {
		if (name == null || name.isBlank()) {
			return Optional.empty();
		}
		return departments.findByName(name.strip()).filter(Department::isActive).map(Department::getId);
	}

	Map<Long, Department> departmentsById() {
		return departments.findAll().stream().collect(Collectors.toMap(Department::getId, Function.identity()));
	}

	Map<Long, Category> categoriesById() {
		return categories.findAll().stream().collect(Collectors.toMap(Category::getId, Function.identity()));
	}

	// the administrator's changes

	@Transactional
	public Long saveDepartment(Long id, long version, String name, String nameEn, int position, boolean active,
			Viewer viewer) {
		checkAdmin(viewer);
		String n = name(name, "name");
		Department department;
		if (id == null) {
			if (departments.existsByName(n)) {
				throw new RuleViolationException("name", "complaint.admin.name.taken");
			}
			department = departments.save(new Department(n, name(nameEn, "nameEn"), position));
		}
		else {
			department = departments.findById(id).orElseThrow(() -> new NotFoundException("department", id));
			checkVersion(department.getVersion(), version);
			departments.findByName(n).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
				throw new RuleViolationException("name", "complaint.admin.name.taken");
			});
			if (!active && id.equals(load().getDefaultDepartmentId())) {
				throw new RuleViolationException("active", "complaint.admin.department.defaultInactive");
			}
			department.change(n, name(nameEn, "nameEn"), position, active);
		}
		departments.flush();
		return department.getId();
	}

	@Transactional
	public Long saveCategory(Long id, long version, String name, String nameEn, int position, boolean active,
			boolean risk, Viewer viewer) {
		checkAdmin(viewer);
		String n = name(name, "name");
		Category category;
		if (id == null) {
			if (categories.existsByName(n)) {
				throw new RuleViolationException("name", "complaint.admin.name.taken");
			}
			category = categories.save(new Category(n, name(nameEn, "nameEn"), position, risk));
		}
		else {
			category = categories.findById(id).orElseThrow(() -> new NotFoundException("category", id));
			checkVersion(category.getVersion(), version);
			categories.findByName(n).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
				throw new RuleViolationException("name", "complaint.admin.name.taken");
			});
			category.change(n, name(nameEn, "nameEn"), position, active, risk);
		}
		categories.flush();
		return category.getId();
	}

	@Transactional
	public Long saveRule(Long id, long version, int position, Long categoryId, String product, String region,
			Long departmentId, Viewer viewer) {
		checkAdmin(viewer);
		if (departmentId == null || !departments.existsById(departmentId)) {
			throw new RuleViolationException("departmentId", "complaint.department.required");
		}
		if (categoryId != null && !categories.existsById(categoryId)) {
			throw new RuleViolationException("categoryId", "complaint.category.unknown");
		}
		String p = condition(product, "product");
		String r = condition(region, "region");
		RoutingRule rule;
		if (id == null) {
			rule = rules.save(new RoutingRule(position, categoryId, p, r, departmentId));
		}
		else {
			rule = rules.findById(id).orElseThrow(() -> new NotFoundException("routing rule", id));
			checkVersion(rule.getVersion(), version);
			rule.change(position, categoryId, p, r, departmentId);
		}
		rules.flush();
		return rule.getId();
	}

	@Transactional
	public void removeRule(Long id, Viewer viewer) {
		checkAdmin(viewer);
		RoutingRule rule = rules.findById(id).orElseThrow(() -> new NotFoundException("routing rule", id));
		rules.delete(rule);
	}

	@Transactional
	public void changeSettings(long version, Long defaultDepartmentId, int riskThreshold, int riskDays,
			LocalTime workStart, LocalTime workEnd, Map<Severity, Integer> amounts, Map<Severity, DeadlineUnit> units,
			Viewer viewer) {
		checkAdmin(viewer);
		ComplaintSettings s = load();
		checkVersion(s.getVersion(), version);
		if (defaultDepartmentId == null
				|| departments.findById(defaultDepartmentId).filter(Department::isActive).isEmpty()) {
			throw new RuleViolationException("defaultDepartmentId", "complaint.department.required");
		}
		if (riskThreshold < 1 || riskThreshold > 1000) {
			throw new RuleViolationException("riskThreshold", "complaint.admin.range", 1, 1000);
		}
		if (riskDays < 1 || riskDays > 3650) {
			throw new RuleViolationException("riskDays", "complaint.admin.range", 1, 3650);
		}
		if (workStart == null || workEnd == null || !workStart.isBefore(workEnd)) {
			throw new RuleViolationException("workEnd", "complaint.admin.workHours");
		}
		s.change(defaultDepartmentId, riskThreshold, riskDays, workStart, workEnd);
		for (Severity severity : Severity.values()) {
			Integer amount = amounts.get(severity);
			DeadlineUnit unit = units.get(severity);
			if (amount == null || amount < 1 || amount > 1000) {
				throw new RuleViolationException("amount" + severity, "complaint.admin.range", 1, 1000);
			}
			if (unit == null) {
				throw new RuleViolationException("unit" + severity, "complaint.admin.unit.required");
			}
			s.deadline(severity, amount, unit);
		}
		settings.flush();
	}

	ComplaintSettings load() {
		return settings.findById(ComplaintSettings.SINGLETON_ID)
			.orElseThrow(() -> new IllegalStateException("complaint_settings has no row"));
	}

	private static void checkAdmin(Viewer viewer) {
		if (!viewer.isAdmin()) {
			throw new NotAllowedException("administrators only");
		}
	}

	private static void checkVersion(long current, long version) {
		if (current != version) {
			throw new ConflictException("changed meanwhile", ConflictException.VERSION,
					Map.of("currentVersion", current), "complaint.version.conflict");
		}
	}

	private static String name(String value, String field) {
		if (value == null || value.isBlank()) {
			throw new RuleViolationException(field, "complaint.admin.name.required");
		}
		if (value.strip().length() > NAME_MAX) {
			throw new RuleViolationException(field, "complaint.admin.name.tooLong", NAME_MAX);
		}
		return value.strip();
	}

	private static String condition(String value, String field) {
		if (value != null && value.strip().length() > CONDITION_MAX) {
			throw new RuleViolationException(field, "complaint.admin.name.tooLong", CONDITION_MAX);
		}
		return value;
	}

}
