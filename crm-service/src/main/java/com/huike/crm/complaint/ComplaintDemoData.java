package com.huike.crm.complaint;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

import com.huike.crm.calendar.WorkingDays;
import com.huike.crm.complaint.domain.Category;
import com.huike.crm.complaint.domain.Channel;
import com.huike.crm.complaint.domain.Department;
import com.huike.crm.complaint.domain.Opinion;
import com.huike.crm.complaint.domain.RequestType;
import com.huike.crm.complaint.domain.ServiceRequest;
import com.huike.crm.complaint.domain.ServiceRequestRepository;
import com.huike.crm.complaint.domain.Severity;
import com.huike.crm.customer.CustomerCard;
import com.huike.crm.customer.CustomerDirectory;
import com.huike.crm.identity.IdentityService;
import com.huike.crm.identity.domain.Role;
import com.huike.crm.shared.demo.DemoContribution;
import com.huike.crm.shared.demo.DemoRandom;

import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Three months of the hotline: every working day a few calls — inquiries answered on the
 * spot, complaints, suggestions and repair requests — from the demo customers and a few
 * callers who are not customers. Complaints older than a week went the whole way (some
 * reopened once); the last days hold one in every state: to confirm (for
 * {@code csmanager1}), routed to 售后服务部 and to take (for {@code handler1}), being handled,
 * returned and waiting for the feedback (for {@code agent1}), fed back and to close, and
 * one past its deadline and escalated. Three 窜货/砸价 complaints about one customer of
 * {@code manager1} raise the risk signal on that archive. The demo adds the handlers of
 * 物流配送部 ({@code handler2}) and 市场部 ({@code handler3}).
 */
@Component
@Profile("demo")
@Order(60)
class ComplaintDemoData implements DemoContribution {

	private static final long SEED = 10_2026L;

	private static final int DAYS = 90;

	private static final String PASSWORD = "demo123";

	private static final String[] INQUIRIES = { "询问中华（硬）本周是否到货|已告知周四随车配送", "咨询订货系统登录密码重置|已指导在小程序重置",
			"询问春节前订货截止时间|已告知截止到腊月二十", "咨询新品上市的进货政策|已说明新品首批限量及搭配规则", "询问货款结算周期|已告知每月 25 日对账",
			"咨询如何变更收货地址|已登记，由客户经理上门核实" };

	private static final String[] COMPLAINTS = { "产品质量|收到的玉溪（软）有两条包装破损受潮|玉溪", "配送|配送车迟到两个小时，影响早市|",
			"价格|同一款芙蓉王本周调价没有提前通知|芙蓉王", "服务态度|送货员态度生硬，不肯搬进店里|", "窜货/砸价|附近一家店低价卖外地的黄鹤楼|黄鹤楼", "产品质量|利群（新版）有一条少了一包|利群",
			"配送|订的南京（炫赫门）少送了一件|南京" };

	private static final String[] SUGGESTIONS = { "希望订货系统能看到历史订单", "建议节前增加一次配送", "希望客户经理每月来一次陈列指导", "建议开通周末的订货热线" };

	private static final String[] REPAIRS = { "店里的烟柜灯箱不亮了，请安排维修", "扫码枪无法连接收银机", "展示柜的锁坏了" };

	private static final String[] RESULTS = { "已上门核实并调换受损商品，向客户致歉", "已与配送组核对路线，调整为早上 8 点前送达", "已说明调价原因并补发价格通知，今后提前三天告知",
			"已对送货员批评教育，并回访客户", "已派人核查，对违规店铺发出警告", "已补发缺少的商品" };

	private static final String[] FEEDBACKS = { "已电话告知客户处理结果，客户表示认可", "已告知处理结果，客户希望以后注意", "客户对处理结果基本满意" };

	private static final String[] STRANGERS = { "王先生|13912345670", "李女士|15887654321", "赵先生|18611223344",
			"周女士|13698765432" };

	private final ServiceRequestRepository requests;

	private final ComplaintSettingsService settings;

	private final CustomerDirectory customers;

	private final IdentityService identity;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final WorkingDays workingDays;

	ComplaintDemoData(ServiceRequestRepository requests, ComplaintSettingsService settings, CustomerDirectory customers,
			IdentityService identity, JdbcTemplate jdbc, Clock clock, WorkingDays workingDays) {
		this.workingDays = workingDays;
		this.requests = requests;
		this.settings = settings;
		this.customers = customers;
		this.identity = identity;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Optional<String> contribute(LocalDate today) {
		if (Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from service_request)", Boolean.class))) {
			return Optional.empty();
		}
		Optional<Long> agent = identity.userIdOf("agent1");
		Optional<Long> csManager = identity.userIdOf("csmanager1");
		Optional<Long> handler1 = identity.userIdOf("handler1");
		if (agent.isEmpty() || csManager.isEmpty() || handler1.isEmpty()) {
			return Optional.empty();
		}
		Map<String, Long> handlers = new HashMap<>();
		handlers.put("售后服务部", handler1.get());
		handlers.put("物流配送部", identity.userIdOf("handler2")
			.orElseGet(() -> identity.createUser("handler2", PASSWORD, "钱配送", Set.of(Role.HANDLER), null, "物流配送部")));
		handlers.put("市场部", identity.userIdOf("handler3")
			.orElseGet(() -> identity.createUser("handler3", PASSWORD, "吴市场", Set.of(Role.HANDLER), null, "市场部")));
		List<CustomerCard> book = new ArrayList<>();
		for (String manager : MANAGERS) {
			identity.viewer(manager)
				.ifPresent(v -> book.addAll(customers.book(v, PageRequest.of(0, 100)).getContent()));
		}
		if (book.isEmpty()) {
			return Optional.empty();
		}
		Context ctx = new Context(agent.get(), csManager.get(), handlers, book, clock.getZone(), Instant.now(clock),
				settings.departmentsById(), settings.categoriesById());
		int count = 0;
		for (int back = DAYS; back >= 1; back--) {
			LocalDate day = today.minusDays(back);
			if (day.getDayOfWeek().getValue() >= 6 && back % 3 != 0) {
				// the hotline is quieter at weekends
				continue;
			}
			SplittableRandom random = DemoRandom.of(SEED, day.toEpochDay());
			int calls = DemoRandom.between(random, 1, 4);
			for (int i = 0; i < calls; i++) {
				Instant at = day.atTime(9 + random.nextInt(8), random.nextInt(60)).atZone(ctx.zone()).toInstant();
				count += history(ctx, random, at, back) ? 1 : 0;
			}
		}
		count += recent(ctx, today);
		count += risk(ctx, today);
		requests.flush();
		return Optional.of(count + " hotline requests");
	}

	/** A call of the history: every complaint older than a week went the whole way. */
	private boolean history(Context ctx, SplittableRandom random, Instant at, int daysBack) {
		double kind = random.nextDouble();
		if (kind < 0.45) {
			String[] qa = DemoRandom.pick(random, INQUIRIES).split("\\|");
			save(intake(ctx, random, RequestType.INQUIRY, null, qa[0], null, qa[1], at, Severity.NORMAL));
			return true;
		}
		if (kind < 0.60) {
			ServiceRequest s = save(intake(ctx, random, RequestType.SUGGESTION, null,
					DemoRandom.pick(random, SUGGESTIONS), null, null, at, Severity.LOW));
			if (daysBack > 10) {
				s.acknowledge(ctx.csManager(), "已转相关部门研究", at.plus(Duration.ofDays(2)));
			}
			return true;
		}
		if (kind < 0.70) {
			ServiceRequest s = save(intake(ctx, random, RequestType.REPAIR, null, DemoRandom.pick(random, REPAIRS),
					null, null, at, Severity.NORMAL));
			if (daysBack > 5) {
				s.acknowledge(ctx.csManager(), "已安排维修人员上门", at.plus(Duration.ofDays(1)));
			}
			return true;
		}
		if (daysBack < 4) {
			// the complaints of the last days are those of recent(), one in every state
			return false;
		}
		String[] c = DemoRandom.pick(random, COMPLAINTS).split("\\|", -1);
		Severity severity = DemoRandom.pick(random,
				new Severity[] { Severity.NORMAL, Severity.NORMAL, Severity.HIGH, Severity.LOW, Severity.URGENT });
		ServiceRequest r = save(
				intake(ctx, random, RequestType.COMPLAINT, category(ctx, c[0]), c[1], c[2], null, at, severity));
		handle(ctx, random, r, at, DemoRandom.chance(random, 0.15));
		return true;
	}

	/**
	 * The whole way: confirmed, taken, result, feedback, closed (reopened once first,
	 * sometimes).
	 */
	private void handle(Context ctx, SplittableRandom random, ServiceRequest r, Instant at, boolean reopenOnce) {
		r.confirm(r.getProposedDepartmentId(), ctx.csManager(), at.plus(Duration.ofMinutes(40)));
		Long handler = ctx.handlerOf(r.getDepartmentId());
		r.take(handler, at.plus(Duration.ofHours(2)));
		r.recordResult(handler, DemoRandom.pick(random, RESULTS), at.plus(Duration.ofHours(20)));
		Instant t = at.plus(Duration.ofHours(26));
		if (reopenOnce) {
			r.recordFeedback("客户认为处理不彻底，要求再次处理", Opinion.UNSATISFIED, ctx.agent(), t);
			r.reopen(ctx.agent(), t.plusSeconds(60), "客户不满意，请部门再次处理",
					settings.dueAt(r.getSeverity(), t.plusSeconds(60), ctx.zone()));
			r.take(handler, t.plus(Duration.ofHours(1)));
			r.recordResult(handler, "再次上门处理，问题已彻底解决", t.plus(Duration.ofHours(20)));
			t = t.plus(Duration.ofHours(26));
		}
		r.recordFeedback(DemoRandom.pick(random, FEEDBACKS), Opinion.SATISFIED, ctx.agent(), t);
		r.close(ctx.agent(), t.plusSeconds(120));
	}

	/** The last days: one complaint in every state, and the overdue one escalated. */
	private int recent(Context ctx, LocalDate today) {
		SplittableRandom random = DemoRandom.of(SEED, -1);
		Instant now = ctx.now();
		List<ServiceRequest> made = new ArrayList<>();
		// to confirm: today's and yesterday's
		made.add(save(intake(ctx, random, RequestType.COMPLAINT, category(ctx, "产品质量"), "新到的中华（硬）有异味，怀疑受潮", "中华", null,
				now.minus(Duration.ofMinutes(50)), Severity.HIGH)));
		made.add(save(intake(ctx, random, RequestType.COMPLAINT, category(ctx, "配送"), "连续两周配送时间不固定，希望固定上午送货", null,
				null, now.minus(Duration.ofHours(20)), Severity.NORMAL)));
		// routed to 售后服务部, to take
		ServiceRequest routed = save(intake(ctx, random, RequestType.COMPLAINT, category(ctx, "服务态度"),
				"客户经理电话一直打不通，订货问题没人处理", null, null, now.minus(Duration.ofHours(5)), Severity.NORMAL));
		routed.confirm(department(ctx, "售后服务部"), ctx.csManager(), now.minus(Duration.ofHours(4)));
		made.add(routed);
		// being handled by 物流配送部
		ServiceRequest taken = save(intake(ctx, random, RequestType.COMPLAINT, category(ctx, "配送"), "本周少送了一件利群", "利群",
				null, now.minus(Duration.ofHours(26)), Severity.NORMAL));
		taken.confirm(taken.getProposedDepartmentId(), ctx.csManager(), now.minus(Duration.ofHours(25)));
		taken.take(ctx.handlerOf(taken.getDepartmentId()), now.minus(Duration.ofHours(22)));
		made.add(taken);
		// returned, waiting for the feedback
		ServiceRequest returned = save(intake(ctx, random, RequestType.COMPLAINT, category(ctx, "产品质量"),
				"玉溪（软）一条里有两包封口开裂", "玉溪", null, now.minus(Duration.ofHours(48)), Severity.NORMAL));
		returned.confirm(returned.getProposedDepartmentId(), ctx.csManager(), now.minus(Duration.ofHours(47)));
		Long h = ctx.handlerOf(returned.getDepartmentId());
		returned.take(h, now.minus(Duration.ofHours(46)));
		returned.recordResult(h, "已上门调换，并请厂家核查该批次", now.minus(Duration.ofHours(3)));
		made.add(returned);
		// fed back, to close
		ServiceRequest fedBack = save(intake(ctx, random, RequestType.COMPLAINT, category(ctx, "价格"), "调价通知收到太晚", null,
				null, now.minus(Duration.ofHours(70)), Severity.LOW));
		fedBack.confirm(fedBack.getProposedDepartmentId(), ctx.csManager(), now.minus(Duration.ofHours(69)));
		h = ctx.handlerOf(fedBack.getDepartmentId());
		fedBack.take(h, now.minus(Duration.ofHours(60)));
		fedBack.recordResult(h, "今后调价提前三天短信通知", now.minus(Duration.ofHours(30)));
		fedBack.recordFeedback("已电话告知客户，客户满意", Opinion.SATISFIED, ctx.agent(), now.minus(Duration.ofHours(2)));
		made.add(fedBack);
		// past its deadline and escalated: urgent (4 working hours), received at 10:00
		// three
		// working days ago (so that it is overdue whatever holidays lie between), taken
		// by
		// handler1
		Instant received = workingDays.addWorkingDays(today, -3).atTime(10, 0).atZone(ctx.zone()).toInstant();
		ServiceRequest overdue = save(intake(ctx, random, RequestType.COMPLAINT, category(ctx, "产品质量"),
				"整条芙蓉王发霉，客户要求立即处理并赔偿", "芙蓉王", null, received, Severity.URGENT));
		overdue.confirm(department(ctx, "售后服务部"), ctx.csManager(), received.plusSeconds(1800));
		overdue.take(ctx.handlers().get("售后服务部"), received.plusSeconds(3600));
		overdue.escalate(overdue.getDueAt().plus(Duration.ofMinutes(5)).isBefore(now)
				? overdue.getDueAt().plus(Duration.ofMinutes(5)) : now);
		made.add(overdue);
		// a suggestion and a repair request on the CS manager's list
		made.add(save(intake(ctx, random, RequestType.SUGGESTION, null, "希望增加周六上午的配送", null, null,
				now.minus(Duration.ofHours(6)), Severity.LOW)));
		made.add(save(intake(ctx, random, RequestType.REPAIR, null, "烟柜的电子价签不显示", null, null,
				now.minus(Duration.ofHours(8)), Severity.NORMAL)));
		return made.size();
	}

	/**
	 * Three 窜货/砸价 complaints about one customer of manager1, from others: the risk
	 * signal.
	 */
	private int risk(Context ctx, LocalDate today) {
		CustomerCard about = ctx.book().get(3);
		Long category = category(ctx, "窜货/砸价");
		SplittableRandom random = DemoRandom.of(SEED, -2);
		int n = 0;
		for (int back : new int[] { 60, 33, 12 }) {
			Instant at = today.minusDays(back).atTime(10, 30).atZone(ctx.zone()).toInstant();
			CustomerCard caller = ctx.book().get(10 + n * 7);
			ServiceRequest r = new ServiceRequest(
					new ServiceRequest.Intake(RequestType.COMPLAINT, Channel.HOTLINE, caller.id(), caller.ownerId(),
							about.id(), caller.name(), phoneOf(caller), category, Severity.HIGH,
							about.name() + "低价卖外地货，扰乱价格（" + about.code() + "）", "黄鹤楼", null, null,
							settings.propose(category, "黄鹤楼", null), settings.dueAt(Severity.HIGH, at, ctx.zone())),
					ctx.agent(), at);
			save(r);
			handle(ctx, random, r, at, false);
			n++;
		}
		return n;
	}

	private ServiceRequest intake(Context ctx, SplittableRandom random, RequestType type, Long categoryId,
			String description, String product, String answer, Instant at, Severity severity) {
		boolean stranger = DemoRandom.chance(random, 0.12);
		CustomerCard customer = stranger ? null : DemoRandom.pick(random, ctx.book());
		String[] s = DemoRandom.pick(random, STRANGERS).split("\\|");
		Channel channel = DemoRandom.pick(random, new Channel[] { Channel.HOTLINE, Channel.HOTLINE, Channel.HOTLINE,
				Channel.STORE, Channel.MANAGER, Channel.WEBSITE });
		Long proposed = (type == RequestType.COMPLAINT) ? settings.propose(categoryId, product, null) : null;
		Instant due = (type == RequestType.COMPLAINT) ? settings.dueAt(severity, at, ctx.zone()) : null;
		return new ServiceRequest(new ServiceRequest.Intake(type, channel, (customer != null) ? customer.id() : null,
				(customer != null) ? customer.ownerId() : null, null, (customer != null) ? customer.name() : s[0],
				(customer != null) ? phoneOf(customer) : s[1], categoryId, severity, description, product, null, answer,
				proposed, due), ctx.agent(), at);
	}

	private static String phoneOf(CustomerCard customer) {
		return (customer.mobilePhone() != null) ? customer.mobilePhone() : "4008000000";
	}

	private ServiceRequest save(ServiceRequest request) {
		return requests.save(request);
	}

	private static Long category(Context ctx, String name) {
		return ctx.categories()
			.values()
			.stream()
			.filter(c -> c.getName().equals(name))
			.map(Category::getId)
			.findFirst()
			.orElse(null);
	}

	private static Long department(Context ctx, String name) {
		return ctx.departments()
			.values()
			.stream()
			.filter(d -> d.getName().equals(name))
			.map(Department::getId)
			.findFirst()
			.orElseThrow();
	}

	private record Context(Long agent, Long csManager, Map<String, Long> handlers, List<CustomerCard> book, ZoneId zone,
			Instant now, Map<Long, Department> departments, Map<Long, Category> categories) {

		Long handlerOf(Long departmentId) {
			Department d = departments.get(departmentId);
			return handlers.getOrDefault((d != null) ? d.getName() : "", handlers.get("售后服务部"));
		}

	}

}
