package com.huike.crm.customer;

import java.util.List;
import java.util.Map;

import com.huike.crm.customer.domain.AdjustmentKind;
import com.huike.crm.customer.domain.Responsibility;

/**
 * The words of the demo's archive parts ({@link ArchiveHistory}): visit and survey
 * reports of a customer manager about a cigarette retailer, the reasons of returns,
 * compensations and discounts with who was found responsible, and earlier answers of the
 * profile that the archive's history shows replaced. {@code {p}} and {@code {q}} stand
 * for products, {@code {n}} for a number.
 */
final class ArchiveNotes {

	/** A return, compensation or discount as the archive records it. */
	record Adjustment(AdjustmentKind kind, String reason, Responsibility responsibility, String note) {
	}

	static final List<Adjustment> ADJUSTMENTS = List.of(
			new Adjustment(AdjustmentKind.RETURN, "条盒外包装挤压破损，无法正常销售", Responsibility.LOGISTICS, "配送途中挤压，由物流部承担"),
			new Adjustment(AdjustmentKind.RETURN, "到货品规与订单不符，按规定退回", Responsibility.OURS, "配货员错拣，已重新配送正确品规"),
			new Adjustment(AdjustmentKind.RETURN, "受潮发霉，经核实为店内仓储不当", Responsibility.CUSTOMER, null),
			new Adjustment(AdjustmentKind.RETURN, "小盒包装印刷缺陷", Responsibility.OTHER, "工业企业包装质量问题，已反馈厂家"),
			new Adjustment(AdjustmentKind.COMPENSATION, "配送延误两天，错过周末销售高峰", Responsibility.OURS, "按服务承诺给予补偿"),
			new Adjustment(AdjustmentKind.COMPENSATION, "运输途中淋雨受潮，整条无法销售", Responsibility.LOGISTICS, "物流公司确认后赔付"),
			new Adjustment(AdjustmentKind.COMPENSATION, "送货时碰坏客户柜台玻璃", Responsibility.LOGISTICS, null),
			new Adjustment(AdjustmentKind.DISCOUNT, "新品上市推广折让", Responsibility.OTHER, "工业企业承担推广费用"),
			new Adjustment(AdjustmentKind.DISCOUNT, "条盒轻微污损，客户同意折价接收", Responsibility.LOGISTICS, null),
			new Adjustment(AdjustmentKind.DISCOUNT, "订量过多造成积压，按政策折价调剂", Responsibility.CUSTOMER, null));

	static final String[] VISIT_TOPICS = { "陈列与价格检查", "订货结构分析", "经营情况了解", "新品试销跟踪", "终端形象提升沟通" };

	static final String[] TRAFFIC = { "位于社区主干道，客流稳定", "临近学校和菜市场，早晚客流集中", "写字楼底商，工作日客流大", "城乡结合部，以熟客为主",
			"商圈内，周末客流明显增加" };

	static final String[] PROBLEMS = { "{p}价签缺失", "部分品规断货两天", "柜台陈列杂乱，高档烟与普通烟混放", "未张贴“不向未成年人售烟”标识", "结算账户余额经常不足",
			"周边有无证摊贩低价卖烟", "无明显问题" };

	static final String[] ADVICE = { "已协助整改，下次复查", "建议按周订货，保持合理库存", "建议增加中档品规，优化结构", "已上报专卖部门核查", "提醒提前存款，避免订单失败" };

	static final String[] CROWDS = { "周边居民", "上班族", "过往司机", "学生家长和居民", "商户和外来务工人员" };

	static final String[] WISHES = { "希望增加紧俏品规的投放", "希望调整订货日", "希望提供新的陈列柜", "希望减少缺货" };

	static final String[] STRENGTHS = { "营业时间长，熟客多", "位置显眼，停车方便", "服务热情，回头客多" };

	static final String[] BANKS = { "中国农业银行", "中国工商银行", "中国建设银行", "中国邮政储蓄银行", "农村商业银行" };

	/** Survey reports: title and content. */
	static final String[][] SURVEYS = {
			{ "零售户经营情况调查", "调查日期：{d}\n经营面积约{area}平方米，从业人员{staff}人。\n卷烟销售约占营业额{share}%，主要客群为{c}。\n客户诉求：{w}。" },
			{ "周边竞争店调查", "调查日期：{d}\n周边500米内有卷烟零售户{shops}家，其中便利店{stores}家。\n竞争店主销{p}，价格执行基本规范。\n本店优势：{s}。" },
			{ "卷烟价格执行情况调查", "调查日期：{d}\n抽查{brands}个品规，{priced}个按零售指导价明码标价。\n{p}实际售价比指导价高{diff}元/包，已现场提醒整改。" },
			{ "消费者吸烟偏好调查", "调查日期：{d}\n访问顾客{asked}人，偏好中档烟的占{pct}%，细支烟需求上升。\n顾客对{p}评价较好，对{q}反映价格偏高。" } };

	static final String VISIT = "走访日期：{d}\n门店情况：{t}。\n卷烟经营：{v}\n发现问题：{r}。\n处理建议：{a}。";

	/** Earlier answers the history shows replaced by today's, per profile key. */
	static final Map<String, String[]> EARLIER = Map.ofEntries(
			Map.entry("jobTitle", new String[] { "店长", "店员", "合伙人", "老板" }),
			Map.entry("businessSpeciality", new String[] { "以日用百货为主", "主营副食和饮料", "卷烟和酒水为主" }),
			Map.entry("industryStanding", new String[] { "新进入者", "中等规模", "区域龙头" }),
			Map.entry("distributionCapacity", new String[] { "仅门店零售", "有两辆送货车", "覆盖周边三十家小店" }),
			Map.entry("financialStrength", new String[] { "资金一般", "资金偏紧", "资金雄厚" }),
			Map.entry("commercialCredit", new String[] { "回款及时", "偶有拖欠", "信誉良好" }),
			Map.entry("cooperationWillingness", new String[] { "观望中", "合作意愿强", "有意扩大合作" }),
			Map.entry("tradingStatus", new String[] { "尚在洽谈首批订单", "月均进货稳定，回款正常", "订货量下降，需关注" }),
			Map.entry("shortTermBusinessGoals", new String[] { "年底前再开一家分店", "降低库存，改善资金周转", "上线线上商城" }),
			Map.entry("keyProblems", new String[] { "资金周转", "库存积压", "房租上涨", "同行压价" }));

	/** What a shop of a classification used to be, before it grew into it. */
	static final Map<String, String> FORMER_CLASSIFICATION = Map.of("便利店", "食杂店", "烟酒店", "食杂店", "商超", "便利店", "批发",
			"烟酒店", "娱乐服务", "餐饮");

	private ArchiveNotes() {
	}

}
